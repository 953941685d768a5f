// QA round 155 (the lines of the 16 news files that hold «الدولي…» or «العالمي…»): an
// indefinite body head in construct with its field and an adjective of reach («محكمة العدل
// الدولية», «وكالة الطاقة الدولية», «برنامج الغذاء العالمي») is a body's name, an ORG, where the
// model left all three words O: labelReachBodies in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 155: a body named by its field and its reach', () => {
  it('is an ORG, after its proclitics', () => {
    expect(orgs('وطالبت المنظمات الحقوقية بإحالة الملف إلى محكمة الجنايات الدولية في أقرب وقت.')).toContain('محكمة الجنايات الدولية');
    expect(orgs('ووفقا لمنظمة الهجرة الدولية سافر نحو ألف مهاجر عبر البحر.')).toContain('منظمة الهجرة الدولية');
    expect(orgs('وبدأت إجراءات التعاقد مع مؤسسة التمويل الدولية لتجهيز المستندات.')).toContain('مؤسسة التمويل الدولية');
    expect(orgs('ويقوم برنامج الغذاء العالمي باستلام المساعدات وتوزيعها على المستحقين.')).toContain('برنامج الغذاء العالمي');
  });

  it('guards: another body as the field, a programme that is a scheme', () => {
    expect(orgs('وأصدرت هيئة المحكمة الدولية قرارها بعد جلسات طويلة.')).not.toContain('هيئة المحكمة الدولية');
    expect(orgs('وتم إطلاق برنامج الطوابع العالمي عام 2004 بمناسبة الاحتفال.')).not.toContain('برنامج الطوابع العالمي');
  });
});
