import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 65: الموز «banana» (والموز، موزة) took ميز (موز is in no root list; it is given its
// own root); أمين after و or ل (وأمين، لأمين) took وءم or لءم + the plural ين; طار «flew»
// (طارت، وطار) took طور; the adjective of المجر (Hungary) after the article (المجري، المجرية،
// المجريون) and مجرية، مجريون without it took جري; the loanword بطارية «battery» (البطارية،
// بطاريات) took بطر or طور; the loanword كورونا and the names فالنتين، وليم، السوربون took
// كور، فلن، لوم، سرب, and the town طابا (Taba) and the name كالديرون took طيب، دور. The adjective,
// the loanwords and the names are rootless at look-up time. دير «monastery» (الدير، ودير) took
// دور; أتون «furnace» ءتي (it is ءتن); الساعية «seeking» سوع (of ساعة); افتراء «slander» فتر;
// صدّ «repelled» after و or ل (وصد، لصد) and صدّت، صدّوا صيد or صدي; المجرّة «the galaxy» جري
// (it is جرر); وليمة «banquet» and ولائم لوم (its root ولم was in no list).
describe('root: QA round 65', () => {
  test.each([
    ['الموز', 'موز'],
    ['والموز', 'موز'],
    ['موز', 'موز'],
    ['موزة', 'موز'],
    ['وأمين', 'ءمن'],
    ['لأمين', 'ءمن'],
    ['طار', 'طير'],
    ['طارت', 'طير'],
    ['وطار', 'طير'],
    ['طاروا', 'طير'],
    ['المجري', undefined],
    ['المجرية', undefined],
    ['والمجرية', undefined],
    ['للمجري', undefined],
    ['المجريون', undefined],
    ['المجريين', undefined],
    ['مجرية', undefined],
    ['مجريون', undefined],
    ['البطارية', undefined],
    ['بطارية', undefined],
    ['البطاريات', undefined],
    ['بطاريات', undefined],
    ['للبطارية', undefined],
    ['بطاريتها', undefined],
    ['كورونا', undefined],
    ['فالنتين', undefined],
    ['وليم', undefined],
    ['السوربون', undefined],
    ['طابا', undefined],
    ['كالديرون', undefined],
    ['دير', 'دير'],
    ['الدير', 'دير'],
    ['ودير', 'دير'],
    ['للدير', 'دير'],
    ['أتون', 'ءتن'],
    ['الأتون', 'ءتن'],
    ['الساعية', 'سعي'],
    ['ساعية', 'سعي'],
    ['ساعين', 'سعي'],
    ['افتراء', 'فري'],
    ['افتراءات', 'فري'],
    ['وصد', 'صدد'],
    ['لصد', 'صدد'],
    ['صدت', 'صدد'],
    ['صدوا', 'صدد'],
    ['المجرة', 'جرر'],
    ['المجرات', 'جرر'],
    ['وليمة', 'ولم'],
    ['ولائم', 'ولم'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: موزع «distributor» and موزون «balanced» keep their roots; أمين, الأمين, وأمينة
  // and تأمين keep ءمن; طارق، طارئ and مطار are other words, and بطار is no ب + طار; the
  // bare مجري (مجرى «course» written with ي) and مجريات «the course of events» keep جري, and
  // so does المجرى; the country المجر stays rootless; سرب «flock» and ميز keep their roots; مدير
  // and يدير keep دور and بدير (the name Badir) بدر; ساعة keeps سوع and الساعي سعي; صدى «echo»
  // and صداه keep صدي, فصد «bloodletting», بصدد and وصدر keep their roots; ملائم «suitable»
  // and يلائم keep لءم.
  test.each([
    ['موزع', 'وزع'],
    ['موزعة', 'وزع'],
    ['الموزعين', 'وزع'],
    ['موزون', 'وزن'],
    ['أمين', 'ءمن'],
    ['وأمينة', 'ءمن'],
    ['الأمين', 'ءمن'],
    ['تأمين', 'ءمن'],
    ['طارق', 'طرق'],
    ['طارئ', 'طرء'],
    ['طارئة', 'طرء'],
    ['مطار', 'طير'],
    ['بطار', 'طور'],
    ['طائرة', 'طير'],
    ['مجري', 'جري'],
    ['مجريات', 'جري'],
    ['المجريات', 'جري'],
    ['المجرى', 'جري'],
    ['المجر', undefined],
    ['سرب', 'سرب'],
    ['السرب', 'سرب'],
    ['ميزة', 'ميز'],
    ['تمييز', 'ميز'],
    ['مدير', 'دور'],
    ['يدير', 'دور'],
    ['بدير', 'بدر'],
    ['ساعة', 'سوع'],
    ['الساعات', 'سوع'],
    ['الساعي', 'سعي'],
    ['صدى', 'صدي'],
    ['صداه', 'صدي'],
    ['فصد', 'فصد'],
    ['بصدد', 'صدد'],
    ['وصدر', 'صدر'],
    ['الصد', 'صدد'],
    ['ملائم', 'لءم'],
    ['يلائم', 'لءم'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
