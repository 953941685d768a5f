// QA round 161 (the lines of the 16 news files that hold «القاعدة»): after «تنظيم» «القاعدة» is
// al-Qaeda, and head and name are one ORG («[تنظيم القاعدة]», «ب[تنظيم القاعدة]»), with a branch's
// region («[تنظيم القاعدة في جزيرة العرب]»): labelQaeda in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 161: al-Qaeda after «تنظيم»', () => {
  it('is an organisation with its head and its branch', () => {
    expect(orgs('واتهمت السلطات الرجل بالارتباط بتنظيم القاعدة قبل سنوات.')).toContain('تنظيم القاعدة');
    expect(orgs('وتبنى تنظيم القاعدة في جزيرة العرب الهجوم على المعسكر.')).toContain('تنظيم القاعدة في جزيرة العرب');
    expect(orgs('وانضم الشاب إلى تنظيم القاعدة في بلاد المغرب الإسلامي عام 2010.')).toContain('تنظيم القاعدة في بلاد المغرب الإسلامي');
  });

  it('guards: a country after «في» stays a place; «القاعدة» without the head is left to the model', () => {
    const es = entities('وهاجم مقاتلون من تنظيم القاعدة في اليمن نقطة للجيش.', { types: ['ORG', 'LOC'] }).map((e) => `${e.type}:${e.text}`);
    expect(es).toContain('ORG:تنظيم القاعدة');
    expect(es).toContain('LOC:اليمن');
    expect(orgs('وتقوم القاعدة الجوية بدور مهم في المنطقة.')).toEqual([]);
  });
});
