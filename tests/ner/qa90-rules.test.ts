// QA round 90 (news-003, SaudiNewsNet, and news-015, Wikipedia; seed 331): a road, district,
// park, gate, roundabout or seafront named after a ruler with his title — «طريق الملك [فهد]PERS»,
// «بحي الأمير [مشعل]PERS», «بحديقة الملك [فهد]PERS», «باب الملك [عبدالعزيز]PERS» — is a place: a LOC
// from the title over the name, as after «شارع/مطار» before (TITLED_PLACE_HEADS in
// src/ner/rules.ts, read by retypeAfterPlaceHeads); after a title the name may now run to four
// words («مطار الأمير [محمد بن عبدالعزيز الدولي]»). «عن طريق الأمير [فلان]» "through Prince
// so-and-so" and a bare «طريق [فلان]» stay persons.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

describe('QA round 90: places named after a ruler with his title', () => {
  it('reads a road named after a king as a place, with or without a proclitic on «طريق»', () => {
    expect(rules('أغلقت البلدية طريق الملك فهد أمس', ['O', 'O', 'O', 'O', 'B-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O']);
    expect(rules('وقع الحادث بطريق الأمير سلطان ليلا', ['O', 'O', 'O', 'O', 'B-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O']);
  });
  it('reads a district, a park and a gate named after a ruler as places', () => {
    expect(rules('يقع المركز بحي الأمير مشعل في المدينة', ['O', 'O', 'O', 'O', 'B-PERS', 'O', 'O']).tags).toEqual(['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O']);
    expect(rules('أقيم الحفل في حديقة الملك عبدالله المركزية', ['O', 'O', 'O', 'O', 'O', 'B-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC']);
    expect(rules('دخل المصلون من باب الملك عبدالعزيز صباحا', ['O', 'O', 'O', 'O', 'O', 'B-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'O']);
  });
  it('takes a name of four words after a title («مطار الأمير محمد بن عبدالعزيز الدولي»)', () => {
    expect(rules('هبطت الطائرة في مطار الأمير محمد بن عبدالعزيز الدولي', ['O', 'O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS']).tags).toEqual(['O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC']);
    expect(rules('افتتح الوزير طريق الأمير نايف بن عبدالعزيز أمس', ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O']);
  });
  it('guard: «عن طريق» "through", a bare «طريق» and a long name or a blessing stay persons', () => {
    expect(rules('أرسلت الهدية عن طريق الأمير خالد', ['O', 'O', 'O', 'O', 'O', 'B-PERS']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'B-PERS']);
    expect(rules('عرفنا الخبر عن طريق محمد', ['O', 'O', 'O', 'O', 'B-PERS']).tags).toEqual(['O', 'O', 'O', 'O', 'B-PERS']);
    expect(rules('ثم موقف جلالة الملك فهد بجانب المقاومة', ['O', 'O', 'O', 'O', 'B-PERS', 'O', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'B-PERS', 'O', 'O']);
    expect(rules('مر الموكب من باب الملك عبدالعزيز بن عبدالرحمن آل سعود', ['O', 'O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS']);
  });
});
