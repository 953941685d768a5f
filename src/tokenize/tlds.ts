// Top-level domains that make a bare `name.tld` a URL without `http://` or `www.`. A short
// curated list, not the IANA registry: a false URL swallows words, a missed one only splits
// an address into word, '.', word.

/** Generic and country TLDs accepted after a bare domain name. */
const STRONG =
  'com net org edu gov mil int info biz name pro aero asia cat coop jobs mobi museum tel travel ' +
  'io ai app dev co tv cc fm gg ws ly news online site store tech xyz blog cloud shop live media ' +
  'world today club top wiki art link page social space website email digital network ' +
  // country codes (those that are not also common English words)
  'ae af al ar au az ba bd bg bh br ca ch cl cn cz de dj dk dz ee eg er es et eu fi fr ge gr hk ' +
  'hr hu id ie il iq ir jo jp ke kg km kr kw kz lb lk lt lu lv ma mr mv mx ng nl np nz om pe ' +
  'ph pk pl ps pt qa ro rs ru sa sd se sg si sk sn sy td th tj tm tn tr tw tz ua ug uk uz ve vn ' +
  'ye za zw';

/**
 * Country TLDs that are also English words (`in`, `it`, `is`, …): `end.it` is more likely a
 * missing space than Italy, so these count only with a path (`bit.ly/x`, `example.it/a`).
 */
const WEAK = 'am as at be by do go hi in is it me my no so to us';

export const STRONG_TLDS: ReadonlySet<string> = new Set(STRONG.split(' '));
export const WEAK_TLDS: ReadonlySet<string> = new Set(WEAK.split(' '));
