// QA round 157 (the lines of the 16 news files with a body's or a work's head before a quotation
// mark): the model runs a name from the head over the opening mark («[بنك «ميلي]»»,
// «[منظمة «] [هيومن رايتس ووتش]»»), which came out as the head alone and the name; the head is
// no name by itself, and the quoted name is the ORG. «معهد», «نادي» and «جامعة» head quoted
// names too. labelQuotedNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 157: a head before a quoted name', () => {
  it('is not a name by itself; the quoted name is', () => {
    const hrw = orgs('فقبل يومين فقط اتهمت منظمة «هيومن رايتس ووتش» المتمردين بارتكاب جرائم.');
    expect(hrw).toContain('هيومن رايتس ووتش');
    expect(hrw).not.toContain('منظمة');
    const bank = orgs('وشملت العقوبات أموال وممتلكات بنك «ميلي» الإيراني.');
    expect(bank).toContain('ميلي');
    expect(bank).not.toContain('بنك');
    const institute = orgs('وحسب تقديرات معهد «هيرتدج» في واشنطن فإن العدد ارتفع.');
    expect(institute).toContain('هيرتدج');
    expect(institute).not.toContain('معهد');
  });

  it('«معهد», «نادي» and «جامعة» head a quoted name', () => {
    expect(orgs('وكشف استطلاع للرأي أجراه معهد "غالوب" الأميركي أن ثلث السكان يؤيدون القرار.')).toContain('غالوب');
    expect(orgs('وكتب نادي "الغواصة الصفراء" في بيان أن اللاعب سيغيب شهرا.')).toContain('الغواصة الصفراء');
  });
});
