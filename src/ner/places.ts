// Hand-written for dhad: the capitals of the world's states and other large or newsworthy
// cities in the spellings Arabic news uses, with the common variants (أستانا/أستانة, بكين/بيجين,
// إسطنبول/اسطنبول/استانبول). The recognizer folds them (hamza forms, ى/ي, ة/ه, marks) before
// matching, and a name written here with ة does not match a word ending in ه. Names that are
// also everyday words or given names in news text are left out on purpose: مسقط (مسقط رأسه),
// ماليه (= مالية), كيف (= how), قم, صور, العين, الخبر, مشهد, بورصة, البندقية, الزاوية,
// البيضاء, حماة, العقبة, العمارة, الحلة, مأرب, سرت, الأقصر, فيكتوريا, صوفيا, ليون, روسو, ديلي;
// الطائف, which news mostly writes in «اتفاق الطائف» (ANERcorp leaves it O 14 times); سيول
// (Seoul, but far more often "torrents"), سول, بون ("gap"); ينبع ("springs from"), حائل
// ("barrier"), المجمعة ("collected"), الرس. So nine capitals are missing on
// purpose: Victoria, Malé, Muscat, Dili, Sofia, Roseau, Basseterre, Yaren and Seoul. The
// governorates of Tunisia and the provinces of Algeria are here where their name is no common
// word; Tunisian news names them without a head («بالمنستير», «منوبة :»). Some of
// them (الطائف، ينبع، حائل، مسقط، العين، …) are taken after a word that announces a place:
// CUED_PLACES and HEADED_PLACES at the end.
// Multi-word names are written with single spaces; names are separated by «،» or a new line.

/** Capitals of the world's states, by region. */
export const CAPITALS = `
الرياض، الكويت، المنامة، الدوحة، أبوظبي، أبو ظبي، صنعاء، عدن، بغداد، دمشق، بيروت، عمان، القدس،
رام الله، القاهرة، الخرطوم، طرابلس، تونس، الجزائر، الرباط، نواكشوط، مقديشو، مقديشيو، جيبوتي، موروني
طهران، أنقرة، كابول، إسلام آباد، اسلام اباد، نيودلهي، نيو دلهي، دكا، داكا، كاتماندو، تيمفو، كولومبو
بكين، بيجين، بيجينغ، بيجينج، طوكيو، بيونغ يانغ، بيونغيانغ، بيونج يانج، أولان باتور، أولانباتار
تايبيه، هانوي، فيينتيان، بنوم بنه، بنوم بينه، بانكوك، نايبيداو، نايبيتاو، رانغون، يانغون، كوالالمبور
كوالا لمبور، سنغافورة، جاكرتا، مانيلا، بندر سيري بيغاوان، أستانا، أستانة، آستانا، نور سلطان، بيشكيك
دوشنبه، دوشانبي، طشقند، عشق آباد، عشق اباد، باكو، تبليسي، يريفان، نيقوسيا
موسكو، كييف، مينسك، وارسو، فارسوفيا، برلين، باريس، لندن، مدريد، لشبونة، روما، أثينا، فيينا، برن،
بيرن، براغ، براتيسلافا، بودابست، بوخارست، بلغراد، زغرب، ليوبليانا، سراييفو، بودغوريتسا
سكوبيي، سكوبيه، تيرانا، بريشتينا، كيشيناو، كيشينيف، فيلنيوس، ريغا، تالين، هلسنكي، ستوكهولم، أوسلو
كوبنهاغن، كوبنهاجن، ريكيافيك، دبلن، أمستردام، بروكسل، لوكسمبورغ، فاليتا، أندورا لا فيلا، موناكو
سان مارينو، الفاتيكان، فادوز
أديس أبابا، أسمرة، أسمرا، نيروبي، كمبالا، كيغالي، كيجالي، بوجمبورا، جيتيغا، دودوما، لوساكا، هراري
ليلونغوي، مابوتو، بريتوريا، ويندهوك، غابورون، مبابان، ماسيرو، أنتاناناريفو، بورت لويس، لواندا
كينشاسا، برازافيل، ليبرفيل، مالابو، ياوندي، بانغي، بانجي، نجامينا، انجامينا، نيامي، أبوجا، بورتو نوفو
لومي، أكرا، ياموسوكرو، واغادوغو، واجادوجو، باماكو، داكار، بانجول، بيساو، كوناكري، فريتاون، مونروفيا
برايا، ساو تومي، جوبا
واشنطن، أوتاوا، مكسيكو سيتي، غواتيمالا، سان سلفادور، تيغوسيغالبا، ماناغوا، ماناجوا، سان خوسيه، بنما
هافانا، كينغستون، بورت أو برنس، سانتو دومينغو، ناساو، بريدجتاون، بورت أوف سبين، كاراكاس، بوغوتا
بوجوتا، كيتو، ليما، لا باز، سوكري، سانتياغو، بوينس آيرس، بوينس أيرس، مونتيفيديو، أسونسيون، برازيليا
باراماريبو، جورج تاون، جورجتاون، بلموبان، سانت جونز، سانت جورجز، كاستريس، كينغزتاون
كانبرا، ولينغتون، ويلينغتون، سوفا، بورت مورسبي، هونيارا، بورت فيلا، نوكوألوفا، آبيا، تاراوا، ماجورو
فونافوتي، باليكير، نغيرولمود
`;

/**
 * Other large or often-reported cities (and the Saudi region of al-Qassim, named like a town;
 * «غينيا كوناكري», Guinea named by its capital, a place whole; names QA round 167: «كوت ديفوار»,
 * with or without the article, a country the model splits in about half its uses in the 16 news
 * files, «[الكوت]LOC [ديفوار]LOC», «الكوت» being the Iraqi city; names QA round 171: towns and
 * provinces the model leaves O after «محافظة/مدينة» and whose name is no word — Iraq's Diyala, Libya's
 * Jufra, the Saudi «المندق», «النبهانية», «خليص», «فيفاء», «الجموم», «المزاحمية», «سميراء», «أضم»
 * and «حفرالباطن» written as one word, Turkey's Diyarbakır as one word and Afyon; round 172:
 * Cairo's «المطرية» and Calais «كاليه»; round 175: countries and cities in spellings the model
 * leaves O, the Egyptian «ج» for «غ» — «لوكسمبورج», «توجو», «الجابون», «جواتيمالا», «نيكاراجوا»,
 * «بلجراد», «هامبورج», «لاجوس» — and the article before a country's name — «اللوكسمبورغ»,
 * «النيبال», «الباكستان», «الفيتنام», «البيلاروس», «الموزمبيق», «التوغو», «الهندوراس»; not
 * «البوروندي», «التشيلي», «المالي», which are also adjectives, nor «البنين» "the sons"); round
 * 195: places of two words the model reads as a person — «كوستا ريكا» written apart, the camps
 * «صبرا وشاتيلا», the caves «تورا بورا»; round 265: capes and ports named «رأس» "cape", which the
 * model reads as a MISC or a person — «[رأس الرجاء الصالح]MISC» (the Cape of Good Hope), the
 * Yemeni port «[رأس عيسى]PERS», the Saudi industrial city «رأس الخير», «رأس الناقورة» (not «رأس
 * البر», also "the head of piety").
 */
export const CITIES = `
لوكسمبورج، لكسمبورغ، اللوكسمبورغ، توجو، الجابون، جواتيمالا، نيكاراجوا، بلجراد، هامبورج، لاجوس
النيبال، الباكستان، الفيتنام، البيلاروس، الموزمبيق، التوغو، الهندوراس
خان شيخون، شبين الكوم، بروناي دار السلام، إنديان ويلز، غينيا كوناكري، كوت ديفوار، الكوت ديفوار
جدة، مكة، مكة المكرمة، المدينة المنورة، الدمام، تبوك، أبها، الظهران، القطيف، نجران، جازان
جيزان، الأحساء، الهفوف، بريدة، عنيزة، الجبيل، الخرج، الباحة، خميس مشيط، حفر الباطن، القنفذة
الزلفي، ثادق، بيشة، رابغ، شرورة، القريات، سكاكا، عرعر، الدرعية، وادي الدواسر، أم القيوين
دومة الجندل، الأفلاج، رجال ألمع، القصيم، بلجرشي، ضباء، أملج، محايل عسير، محايل، المخواة
شرم الشيخ، الغردقة، دمياط، الجيزة، حلوان، سنورس
بقيق، رأس تنورة، النعيرية، الدوادمي، القويعية، تنومة، النماص، ظهران الجنوب، أحد رفيدة، سراة عبيدة
المجاردة، العرضيات، صامطة، الخرمة، رنية، تثليث، بارق
دبي، الشارقة، عجمان، الفجيرة، رأس الخيمة، صلالة، المحرق، تعز، المكلا، الإسكندرية، أسوان
أسيوط، طنطا، بورسعيد، بور سعيد، السويس، الفيوم، الزقازيق، أم درمان، بورتسودان، بور سودان، الفاشر
نيالا، كسلا، بنغازي، مصراتة، سبها، درنة، طبرق، الدار البيضاء، مراكش، فاس، مكناس، أكادير، طنجة، تطوان
وجدة، وهران، قسنطينة، عنابة، تلمسان، سطيف، صفاقس، سوسة، بنزرت، القيروان، نواذيبو، هرجيسا، كيسمايو
حلب، حمص، اللاذقية، طرطوس، دير الزور، الحسكة، القامشلي، درعا، إدلب، الغوطة، الغوطة الشرقية، الغوطة الغربية، ذي قار، البصرة، الموصل، أربيل، كركوك
الحبانية، الحويجة، الصقلاوية، باب المندب
ديالى، الجفرة، المندق، النبهانية، خليص، فيفاء، الجموم، المزاحمية، سميراء، أضم، حفرالباطن، دياربكر، أفيون، آفيون
المطرية، كاليه
السليمانية، الفلوجة، تكريت، سامراء، كربلاء، النجف، الكوفة، بعقوبة، الكوت، صيدا، زحلة، جونية، بعلبك
النبطية، إربد، تل أبيب، حيفا، يافا، عكا، بئر السبع، إيلات، نابلس، جنين، طولكرم، قلقيلية، بيت لحم
أريحا، غزة، خان يونس، رفح، دير البلح
إسطنبول، اسطنبول، استنبول، استانبول، إزمير، أزمير، أنطاليا، ديار بكر، غازي عنتاب، تبريز، أصفهان
شيراز، الأهواز، عبادان، قندهار، هرات، مزار شريف، جلال آباد، كراتشي، لاهور، بيشاور، كويتا، دلهي
مومباي، بومباي، كلكتا، كولكاتا، بنغالور، سريناغار، شنغهاي، هونغ كونغ، هونج كونج، غوانغتشو، غوانزو
شنتشن، ووهان، أوساكا، هيروشيما، ناغازاكي، سايغون، ألماتي، ألما آتا، سمرقند، بخارى، غروزني
سان بطرسبرغ، سانت بطرسبرغ، بطرسبرغ، خاركيف، أوديسا، ماريوبول، كراكوف، ميونخ، فرانكفورت، هامبورغ
كولونيا، مرسيليا، ستراسبورغ، نابولي، فلورنسا، إشبيلية، غرناطة، قرطبة، جنيف، زيورخ
لوزان، لاهاي، روتردام، إدنبرة، بلفاست
نيويورك، لوس أنجلوس، لوس أنجليس، لوس أنجلس، لوس أنجيلوس، لوس أنجيليس، شيكاغو، بوسطن، ميامي، هيوستن، سان فرانسيسكو، أتلانتا، فيلادلفيا
ديترويت، سياتل، لاس فيغاس، تورونتو، تورنتو، مونتريال، فانكوفر، ريو دي جانيرو، ساو باولو
مومباسا، زنجبار، دار السلام، جوهانسبرغ، جوهانسبورغ، كيب تاون، ديربان، دوالا، لاغوس، كوتونو
أبيدجان، تمبكتو، سيدني، ملبورن، أوكلاند
المنستير، مدنين، منوبة، توزر، قابس، بن عروس، تطاوين، زغوان، جندوبة، سليانة، باجة، قفصة
نابل، القصرين، سيدي بوزيد، أريانة، جربة، حلق الوادي، جرجيس، بن قردان، طبرقة، قليبية، المكنين، المتلوي
باتنة، بجاية، بسكرة، البليدة، البويرة، تمنراست، تيارت، تيزي وزو، الجلفة، جيجل، سكيكدة، سيدي بلعباس
قالمة، ورقلة، بومرداس، تندوف، خنشلة، غرداية، تبسة، الأغواط، الشلف، مستغانم
أم البواقي، برج بوعريريج، الطارف، تيسمسيلت، سوق أهراس، تيبازة، عين الدفلى، عين تموشنت، غليزان، إليزي
القنيطرة، الناظور، الحسيمة، آسفي، خريبكة، بني ملال، ورزازات، الرشيدية، الصويرة، سطات، شفشاون
زليتن، غريان، الكفرة، أجدابيا، صبراتة، ترهونة، بني وليد، غدامس، أوباري
كوستا ريكا، صبرا وشاتيلا، تورا بورا
رأس الرجاء الصالح، رأس عيسى، رأس الخير، رأس الناقورة
`;

/**
 * Cities whose name is also a common word or the name of something else in news text, taken
 * only after a word that announces a place or a preposition of place («محافظة الطائف», «في
 * ينبع», «بالطائف», «شمال حائل»; see labelCuedPlaces in rules.ts): elsewhere «اتفاق الطائف»
 * (ANERcorp leaves it O 14 times), «الذي ينبع منه» ("springs from"), «حائل دون» ("barrier"),
 * «الكاف» (the letter), «قبلي» ("before me", "tribal"), «منيرة المهدية» (a singer) and «حكم
 * المهدية» (the Mahdist state); the Iraqi towns «الرمادي» ("grey": «اللون الرمادي»), «الرطبة»
 * ("humid") and «الناصرية» («الحقبة الناصرية» "the Nasser era"), Palmyra «تدمر» ("destroys"),
 * the Yemeni «المهرة» ("the skilled"), and Saudi towns that are also words or names: «صبيا»
 * ("a boy"), «ضمد» ("bandaged"), «العيص» (Esau); the Syrian and the West Bank «دوما», also the
 * adverb «دوماً» "always" (left O without a cue: «تقف دوماً مع…»).
 * Not read by the clitic segmenter.
 */
export const CUED_PLACES = `
الطائف، ينبع، حائل، مأرب، سرت، حماة، أبين، الكاف، قبلي، المهدية
الرمادي، الرطبة، الناصرية، تدمر، المهرة، صبيا، ضمد، العيص، دوما
`;

/**
 * Cities whose name is also a word that follows «في» often enough («في الخبر» "in the news",
 * «في العين» "in the eye", «في صور» "in pictures", «في مسقط رأسه», «في الحمامات» "in the
 * baths", «في معسكر» "in a camp"), or a given name («سعيدة», «بشار»), or a word of a common
 * phrase («القنابل المسيلة للدموع» "tear gas"; «أدرار» folds like «إدرار» "flow"; the Saudi town «المذنب»
 * is also "the guilty" and "the comet", «ارتطم بالمذنب»), taken only
 * after a word that announces a place («مدينة العين», «بمحافظة الخبر», «جنوب صور», «ولاية
 * المسيلة»). Names QA round 171 added towns and governorates that are also words, which the
 * model leaves O after «محافظة/مدينة» («محافظة البيضاء» 167 times of 167 over six news files):
 * the Yemeni and Libyan «البيضاء» "white", Luxor «الأقصر» "the shortest", the Egyptian
 * governorates «الشرقية», «الغربية» "eastern, western", the Saudi towns «المجمعة», «الرس», «الوجه»
 * "the face", «العارضة», «عفيف», «الطوال», «الليث» "the lion", «العلا», «الريث», «العقيق» "agate",
 * the Iraqi «القائم» and «الحلة» "the suit", and Aqaba «العقبة» "the obstacle". Not «تربة» "soil"
 * nor «الطبقة» "the layer" («وسط الطبقة الوسطى»: «وسط» is a cue), «البدع», «الحرث» («أهل البدع»).
 * Round 172: Egypt's «مطروح» "put forward" and «الخارجة» "the outer", Iraq's «العمارة» "the
 * building", «الديوانية» (a Kuwaiti sitting room), «المثنى» and «الحمزة» (given names), Syria's
 * «المالكية» (the Maliki school). Round 176: Yemen's «الضالع» "the one involved", «أرحب» "wider",
 * «الرضمة», «قعطبة», «القفر» "the waste", «العدين», «النادرة» "the rare", and the Tihama coast
 * «تهامة»; the Saudi «الحجرة» "the room", «الجش», «بلقرن», «بقعاء»; Turkey's Van «فان» "mortal";
 * the Palestinian «الطيبة» "the good" (O after the heads 4–13 times each in news-002/004/007/011).
 */
export const HEADED_PLACES = `
الخبر، مسقط، العين، صور، الحمامات، المرسى، معسكر، البيض، النعامة، المدية، سعيدة، بشار، العيون، المسيلة، أدرار
المذنب
البيضاء، الأقصر، المجمعة، الرس، الشرقية، الغربية، الوجه، العارضة، القائم، عفيف، الطوال، الليث، العلا، الريث، العقيق
الحلة، العقبة
مطروح، العمارة، الديوانية، المثنى، الخارجة، الحمزة، المالكية
الضالع، أرحب، الرضمة، قعطبة، القفر، العدين، النادرة، تهامة، الحجرة، الجش، بلقرن، بقعاء، فان، الطيبة
`;

/**
 * Places whose name reads as a person's kunya «أبو …» "father of …", which the model tags as
 * persons («[أبو الهول]PERS», «معبد [أبو سمبل]PERS»): the Sphinx, the temples of Abu Simbel, the
 * bay and town of Aboukir, Upper Egyptian towns and villages, the pyramids of Abusir and Abu
 * Rawash, the Jerusalem suburb of Abu Dis, the Saudi town of Abu Arish in Jazan (also in the
 * genitive «بجازان و[أبي عريش]»). No person is called by these. Taken also where the
 * model found the whole name as a person (see labelListed in rules.ts). Not «أبو غريب» (the
 * prison, an ORG in ANERcorp), «أبو كمال» or «أبو مينا» (kunyas too), «أبو منجل» (the ibis).
 */
export const KUNYA_PLACES = `
أبو الهول، أبو سمبل، أبو قير، أبو تيج، أبو قرقاص، أبو زعبل، أبو طرطور، أبو صير، أبو رواش، أبو ديس
أبو حمص، أبو كبير، أبو المطامير، أبو عريش، أبي عريش
`;

/**
 * Maghrebi towns and governorates named like a person's nasab or a saint, «بن …» "son of …" and
 * «سيدي …» "my lord …", which the model tags as persons («[بن قردان]PERS», «ب[سيدي بوزيد]PERS»):
 * Ben Guerdane, Ben Arous, Sidi Bouzid, Sidi Bou Ali, Sidi Alouane, Sidi Bou Said, Sidi El Hani,
 * Sidi Thabet, Sidi Bel Abbès, Sidi Bennour, Sidi Kacem, Sidi Slimane, Sidi Ifni. Taken also where
 * the model found the whole name as a person (see labelListed in rules.ts); «بن عروس» is also a
 * family name, rarely met in the Maghrebi news where these towns are written.
 */
export const NASAB_PLACES = `
بن عروس، بن قردان، بن ڨردان، سيدي بوزيد، سيدي بوعلي، سيدي علوان، سيدي بوسعيد، سيدي الهاني، سيدي ثابت
سيدي بلعباس، سيدي بنور، سيدي قاسم، سيدي سليمان، سيدي إفني
`;

/**
 * Names QA round 174: Tunisian towns and delegations of two words or more named by common words
 * or like a person, which the model leaves O or reads as a person where no head announces them
 * («[القلعة الكبرى]» "the great citadel", «[عين دراهم]», «[منزل حر]», «منزل [بورقيبة]PERS»,
 * «[بئر علي بن خليفة]»): Menzel Bourguiba, Menzel Temime, Ksar Hellal, Kalâa Kebira and Seghira,
 * Sakiet Ezzit, Medjez el-Bab, Ghardimaou, Ain Draham, Douar Hicher, Houmt Souk, Jebel Jelloud,
 * Beni Khiar, Beni Khalled, Bir Ali Ben Khalifa, … Taken also where the model found the whole
 * name as a person or another type (see labelListed in rules.ts). Not «منزل جميل» nor «منزل
 * كامل» ("a beautiful/whole house"), «سوق الأحد» ("the Sunday market"), «رأس الجبل» ("the
 * mountain top"), «وادي الليل» (a song's name in the other news files): those are taken only
 * after «معتمدية» (labelDelegationTowns in rules.ts).
 */
export const TUNISIAN_TOWNS = `
منزل بورقيبة، منزل تميم، منزل بوزلفة، منزل بوزيان، منزل حر، منزل عبد الرحمان، منزل عبد الرحمن، منزل فارسي
منزل شاكر، منزل المهيري، قصر هلال، قصور الساف، ساقية الزيت، ساقية الداير، بئر علي بن خليفة، مجاز الباب
غار الدماء، عين دراهم، قلعة الأندلس، دوار هيشر، حاجب العيون، حاسي الفريد، جبل الجلود، جبل جلود
دار شعبان الفهري، بني خلاد، بني خيار، بني خداش، ماجل بلعباس، برج العامري، القلعة الكبرى، القلعة الصغرى
حومة السوق
`;

/**
 * Names QA round 116: towns and quarters named after a sheikh, «الشيخ …», where the model keeps
 * the title outside and reads the rest as a person («مدينة الشيخ [زويد]PERS», «رفح والشيخ
 * [زويد]PERS»): Sheikh Zuweid in North Sinai, the Gaza quarter of Sheikh Radwan, the Jerusalem
 * quarter of Sheikh Jarrah, the Syrian town of Sheikh Miskin, the Aleppo quarter of Sheikh
 * Maqsoud and its industrial city Sheikh Najjar; and the Egyptian governorate of Kafr el-Sheikh,
 * which the model cuts short («[كفر] الشيخ»). No person in the news is called by these. Not
 * «الشيخ زايد» (the late ruler, also a town), «الشيخ عثمان» (the Aden district, also a person's
 * name) nor «الشيخ سعد». Taken also where the model found the whole name as a person (see
 * labelListed in rules.ts).
 */
export const SHEIKH_PLACES = `
الشيخ زويد، الشيخ رضوان، الشيخ جراح، الشيخ مسكين، الشيخ مقصود، الشيخ نجار، كفر الشيخ
`;

/**
 * Names QA round 182: towns and villages named «كفر …» ("hamlet of …"), which the model cuts to
 * a one-word LOC «[كفر]» and leaves the rest O («[كفر] بطنا», «[كفر] شكر»), or leaves O: in Egypt
 * Kafr el-Zayat, Kafr el-Dawwar, Kafr Saqr, Kafr Shukr, Kafr Saad, Kafr el-Battikh; in Syria the
 * Ghouta towns Kafr Batna and Kafr Sousa, Kafr Nabl, Kafr Takharim, Kafr Hamra, Kafr Nabuda,
 * Kafr Zita, Kafr Aweid, Kafr Halab, Kafr Naya, Kafr Jannah, Kafr Lusin, Kafr Daël; in Lebanon
 * Kfarchouba, Kfar Kila, Kfar Hamam, Kfar Remman, Kfar Tebnit, Kfar Falous, Kfar Shlal, Kfar
 * Qatra, Kfar Melki; in Palestine and Israel Kafr Qasim, Kafr Qara, Kafr Kanna, Kafr Aqab, Kafr
 * Yasif, Kafr Manda, Kafr Qaddum, Kafr ad-Dik, Kafr Thulth, Kafr Ra'i, Kafr al-Labad, Kafr Qallil,
 * Kafr Bir'im; in Jordan Kafr Jayez, Kafr Yuba, Kafr Asad, Kafr Soum. Not «كفر نعمة» (also
 * "ingratitude for a blessing") nor «كفر مالك» ("Malik disbelieved"), which can be read either
 * way, nor Capernaum («كفر ناحوم»), in the news mostly Nadine Labaki's film, a MISC. Taken also where the model found the name as another type (see
 * labelListed in rules.ts).
 */
export const KAFR_PLACES = `
كفر الزيات، كفر الدوار، كفر صقر، كفر شكر، كفر سعد، كفر البطيخ، كفر بطيخ، كفر بطنا، كفر سوسة، كفر نبل
كفر تخاريم، كفر حمرة، كفر نبودة، كفر زيتا، كفر عويد، كفر حلب، كفر نايا، كفر جنة، كفر جنه، كفر لوسين
كفر داعل، كفر شوبا، كفر كلا، كفر حمام، كفر رمان، كفر تبنيت، كفر فالوس، كفر شلال، كفر قطرة، كفر ملكي
كفر قاسم، كفر قرع، كفر كنا، كفر عقب، كفر ياسيف، كفر مندا، كفر قدوم، كفر الديك، كفر ثلث، كفر راعي
كفر اللبد، كفر قليل، كفر برعم، كفر جايز، كفر يوبا، كفر أسد، كفر سوم
`;

/**
 * Names QA round 80: cities by their historic names, which the model reads as the name of a work
 * or an event («ترحيله إلى [الآستانة]MISC», «باسم "[يثرب]MISC"»): Istanbul as the Ottomans
 * named it (Asitane, «الآستانة» with or without madda; not Kazakhstan's «أستانة», which has no
 * article), Constantinople and Yathrib (Medina before Islam). Taken also where the model found
 * the name as another type (see labelListed in rules.ts).
 */
export const OLD_CITY_NAMES = `
الآستانة، الأستانة، القسطنطينية، يثرب
`;

/** Splits a list written above into names (trimmed, single-spaced). */
export function placeNames(list: string): string[] {
  return list
    .split(/[،\n]/)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s.length > 0);
}
