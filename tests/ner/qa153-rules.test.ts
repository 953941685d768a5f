// QA round 153 (the ORG spans of news-002 and news-011 followed by a definite adjective): an
// organisation's name runs on over the adjective that ends it — «بنك أبوظبي الوطني», «حزب الشعب
// الجمهوري» — which the model left out: extendNameAdjectives in src/ner/rules.ts. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 153: the adjective that ends an organisation’s name', () => {
  it('joins the name', () => {
    expect(orgs('وأعلن حزب الشعب الجمهوري المعارض رفضه لنتائج الاستفتاء.')).toEqual(['حزب الشعب الجمهوري']);
    expect(orgs('وارتفع سهم بنك أبوظبي الوطني في تعاملات الأمس.')).toEqual(['بنك أبوظبي الوطني']);
    expect(orgs('وقالت شركة بترول أبوظبي الوطنية إن الإنتاج ارتفع.')).toEqual(['بترول أبوظبي الوطنية']);
    expect(orgs('وقالت منظمة التعاون والتنمية الاقتصادية في تقريرها إن النمو سيتباطأ.')).toEqual([
      'منظمة التعاون والتنمية الاقتصادية',
    ]);
  });

  it('guards: a name ending in its country’s adjective, a descriptive adjective, one word', () => {
    expect(orgs('وصوت الكونجرس الأمريكي الجمهوري على القرار أمس.')).toEqual(['الكونجرس الأمريكي']);
    expect(orgs('وأصدرت وكالة الأنباء الكويتية الرسمية بيانا.')).toEqual(['وكالة الأنباء الكويتية']);
    expect(orgs('وقالت حركة حماس الإسلامية إن المفاوضات متعثرة.')).toEqual(['حماس']);
  });
});
