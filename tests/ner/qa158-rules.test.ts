// QA round 158 (the lines of the 16 news files that hold «معهد», «بنك», «مصرف», «مركز», «صندوق»,
// «نادي» or «اتحاد»): one of these heads tagged alone as an ORG names no organisation
// («إلى [معهد] معتمد», «عددها 16 [معهد]»): dropBareHeads in src/ner/rules.ts drops it, as it did
// for «منظمة», «شركة» and the other heads of ORG_HEADS. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 158: a body head alone', () => {
  it('names no organisation', () => {
    expect(orgs('وتمت الموافقة على تحويل مركز اصنع مهارة التدريبي إلى معهد معتمد من المؤسسة العامة للتدريب التقني والمهني.')).not.toContain('معهد');
    expect(orgs('أما المعاهد الأزهرية فقد بلغ عددها 16 معهد في المحافظة.')).not.toContain('معهد');
    expect(orgs('أعلن نادي الأهلي اليوم الجمعة عن تعاقده مع اللاعب الدولي اليوناني.')).not.toContain('نادي');
  });

  it('guards: a definite head after a newspaper is its name', () => {
    expect(orgs('وعزى رئيس اللجنة الأولمبية السعودية الزميل محمد البكيري رئيس تحرير جريدة النادي، في وفاة والدته.')).toContain('النادي');
  });
});
