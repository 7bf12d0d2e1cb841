"""The chrome lexicons of Chinese (Simplified and Traditional: mainland China, Taiwan, Hong Kong), Hebrew,
Persian (Iran and Afghanistan) and Urdu, completed: author boxes, picture credits, cookie banners, donation
appeals, end notes, footer links, comment forms, key-points headings, site notices, paywalls, players, reading
times, share leads and writers' roles (`lexicons/{zh,he,fa,ur}/*.txt`).

Each file's entries are checked on lines news sites of those languages print, and the other half of the test
matters as much: the same words in a sentence of the text ("捐款总额已达300万元", "כתב האישום הוגש", "نقض حریم
خصوصی", "ہماری مدد کریں" in a flood victim's plea) are no chrome."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import lexicon
from newsclean.lines import WORD, split_lines
from newsclean.metadata.byline import has_role, is_desk, starts_with_role, without_role
from newsclean.normalize import fold

CHROME = [
    # Chinese: picture credits ("／", "：", "（" fold to "/", ":", "(")
    ("图/新华社", "caption-credit"),
    ("（圖／北市都發局提供）", "caption-credit"),
    ("（攝影／張家豪）", "caption-credit"),
    ("图片来源：视觉中国", "caption-credit"),
    ("记者 陈峰 摄", "caption-credit"),
    ("新华社记者 李明 摄", "caption-credit"),
    ("資料照", "caption-credit"),
    ("（示意圖／Pixabay）", "caption-credit"),
    ("美聯社/達志影像", "caption-credit"),
    ("视频截图", "caption-credit"),
    # Chinese: cookie banners
    ("本网站使用Cookie以提升您的浏览体验。继续浏览即表示您同意我们使用Cookie。", "cookie"),
    ("我們使用 cookies 來改善您的瀏覽體驗，詳情請見隱私權政策。", "cookie"),
    ("繼續瀏覽本網站，即表示您同意本網站的隱私權政策。", "cookie"),
    ("接受所有 Cookie", "cookie"),
    ("Cookie 設定", "cookie"),
    # Chinese: donation appeals
    ("捐款支持報導者", "donation"),
    ("赞赏作者", "donation"),
    ("支持独立媒体", "donation"),
    ("贊助我們", "donation"),
    ("您的支持是我们持续报道的动力。", "donation"),
    ("獨立媒體需要你的支持，每一筆小額捐款都很重要。", "donation"),
    # Chinese: footer links, the registration number linked under every mainland page
    ("关于我们 | 联系我们 | 广告服务 | 网站地图", "footer-links"),
    ("關於我們｜廣告刊登｜服務條款｜隱私權政策｜聯絡我們", "footer-links"),
    ("隐私政策", "footer-links"),
    ("私隱政策 | 條款及細則 | 聯絡我們", "footer-links"),
    ("京ICP备12345678号-1", "footer-links"),
    ("备案号：滨ICP备00000000号", "footer-links"),
    # Chinese: comment forms
    ("昵称 *", "form"),
    ("電子郵件地址 *", "form"),
    ("請登入後留言", "form"),
    ("您的电子邮箱地址不会被公开。 必填项已用*标注", "form"),
    ("取消回复", "form"),
    ("留言須經審核後才會顯示", "form"),
    ("还可以输入140字", "form"),
    # Chinese: site notices
    ("您的浏览器不支持 video 标签。", "notice"),
    ("【警語】飲酒過量，有害健康", "notice"),
    ("禁止酒駕 ‧ 未成年請勿飲酒", "notice"),
    ("珍惜生命，自殺不能解決問題，生命一定可以找到出路。若需諮商可撥打安心專線1925。", "notice"),
    ("跳过 X 帖子", "notice"),
    ("新闻爆料：请拨打热线 0571-12345678", "notice"),
    ("如有新聞線索，歡迎電郵至本報編輯部。", "notice"),
    ("评论功能已关闭", "notice"),
    # Chinese: paywalls
    ("本文为付费内容", "paywall"),
    ("付費會員專享", "paywall"),
    ("成為會員，閱讀全文", "paywall"),
    ("订阅后阅读全文", "paywall"),
    ("訂閱看全文", "paywall"),
    ("已是会员？请登录", "paywall"),
    ("您本月的免费阅读篇数已用完", "paywall"),
    # Chinese: players
    ("播放", "player"),
    ("點擊播放", "player"),
    ("全螢幕", "player"),
    ("听新闻", "player"),
    ("語音朗讀", "player"),
    # Chinese: reading times and counters
    ("阅读时间：3分钟", "reading-time"),
    ("預計閱讀時間 5 分鐘", "reading-time"),
    ("约 4 分钟读完", "reading-time"),
    ("阅读 1.2万", "reading-time"),
    ("瀏覽次數：1,204", "reading-time"),
    ("1204次阅读", "reading-time"),
    # Chinese: a share box's text before the headline
    ("分享：滨江市启用首批无人驾驶公交线路 市民可免费试乘一个月，首批开通的两条线路全长共约二十三公里", "share-lead"),
    ("轉寄：北市老舊公寓加裝電梯補助上限提高至300萬元，4月1日起受理申請，預計今年可協助約120棟公寓", "share-lead"),
    # Hebrew: picture credits
    ("צילום: רויטרס", "caption-credit"),
    ("(צילום: שאטרסטוק)", "caption-credit"),
    ("צילום: פלאש 90", "caption-credit"),
    ("צילום מסך", "caption-credit"),
    ("אילוסטרציה", "caption-credit"),
    ('דובר צה"ל', "caption-credit"),
    ("לע״מ", "caption-credit"),
    ("באדיבות המשפחה", "caption-credit"),
    # Hebrew: cookie banners
    ("אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה שלך", "cookie"),
    ("אנו עושים שימוש בקבצי Cookies לצורך תפעול האתר", "cookie"),
    ("המשך הגלישה באתר מהווה הסכמה לשימוש בעוגיות", "cookie"),
    ("מדיניות עוגיות", "cookie"),
    ("קבל את כל העוגיות", "cookie"),
    # Hebrew: donation appeals
    ("תמכו בעיתונות עצמאית", "donation"),
    ("תמכו בנו", "donation"),
    ("תרמו", "donation"),
    ("הצטרפו למעגל התומכים שלנו", "donation"),
    ("התמיכה שלכם מאפשרת לנו להמשיך בעיתונות חוקרת", "donation"),
    # Hebrew: footer links
    ("אודות | צור קשר | פרסום באתר | תנאי שימוש | מדיניות פרטיות | נגישות", "footer-links"),
    ("צור קשר", "footer-links"),
    ("הצהרת נגישות", "footer-links"),
    ("תקנון", "footer-links"),
    # Hebrew: the talkback form
    ("שם", "form"),
    ("כותרת", "form"),
    ("תוכן התגובה", "form"),
    ("שליחה", "form"),
    ("התגובה תפורסם לאחר אישור המערכת", "form"),
    ("האימייל לא יוצג באתר. שדות החובה מסומנים *", "form"),
    ("יש להתחבר כדי להגיב", "form"),
    # Hebrew: site notices
    ("הדפדפן שלך אינו תומך בתגית וידאו.", "notice"),
    ("מצאתם טעות? סמנו את הטקסט ולחצו Ctrl+Enter", "notice"),
    ("יש לכם סיפור? כתבו לנו בוואטסאפ 050-1234567", "notice"),
    ("צילמתם? תיעדתם? שלחו לנו", "notice"),
    ("הכתבה נכתבה בשיתוף משרד התיירות", "notice"),
    ("העמוד מתעדכן אוטומטית", "notice"),
    # Hebrew: paywalls
    ("כתבה זו זמינה למנויים בלבד", "paywall"),
    ("למנויים בלבד", "paywall"),
    ("כבר מנויים? התחברו", "paywall"),
    ("רכשו מינוי דיגיטלי", "paywall"),
    ("להמשך קריאה רכשו מינוי", "paywall"),
    ("נותרו לך 2 כתבות חינם החודש", "paywall"),
    # Hebrew: players
    ("הפעל", "player"),
    ("מסך מלא", "player"),
    ("האזינו לכתבה", "player"),
    ("צפו בסרטון:", "player"),
    # Hebrew: reading times and counters
    ("זמן קריאה: 3 דקות", "reading-time"),
    ("4 דקות קריאה", "reading-time"),
    ("דקת קריאה", "reading-time"),
    ("1,204 צפיות", "reading-time"),
    # Hebrew: a share box's text before the headline
    ("שתפו: קווי לילה חדשים יחברו את אוניברסיטת בן-גוריון לשכונות באר שבע", "share-lead"),
    ("שלחו לחבר: הכרמלית תושבת לשלושה חודשים לצורך עבודות תחזוקה ושדרוג של מערכות הבטיחות והבלימה", "share-lead"),
    # Persian: picture credits, in Iran and Afghanistan
    ("عکس: ایرنا", "caption-credit"),
    ("عکاس: مهدی رضایی", "caption-credit"),
    ("عکس از: حمید رضایی‌فر", "caption-credit"),
    ("منبع تصویر: Getty Images", "caption-credit"),
    ("عکس تزئینی است", "caption-credit"),
    ("تصویر: آرشیو", "caption-credit"),
    ("خبرگزاری تسنیم", "caption-credit"),
    ("آژانس خبری پژواک", "caption-credit"),
    # Persian: cookie banners (with and without the zero-width non-joiner)
    ("این وب‌سایت از کوکی‌ها استفاده می‌کند.", "cookie"),
    ("ما از کوکی ها برای بهبود تجربه شما استفاده می کنیم", "cookie"),
    ("با ادامه استفاده از این سایت، شما با استفاده از کوکی‌ها موافقت می‌کنید.", "cookie"),
    ("تنظیمات کوکی", "cookie"),
    ("پذیرش همه", "cookie"),
    # Persian: footer links
    ("درباره ما | تماس با ما | تبلیغات | آرشیو", "footer-links"),
    ("درباره ما | تماس با ما | آگهی | حریم خصوصی", "footer-links"),
    ("تماس با ما", "footer-links"),
    ("حریم خصوصی", "footer-links"),
    ("شرایط استفاده از سایت", "footer-links"),
    # Persian: site notices
    ("مرورگر شما از پخش این ویدیو پشتیبانی نمی‌کند.", "notice"),
    ("نظرات ارسال شده توسط شما، پس از تأیید توسط مدیران سایت منتشر خواهد شد و پیام‌هایی که حاوی تهمت باشد منتشر نمی‌شود.", "notice"),
    ("دیدگاه شما پس از تأیید مدیر منتشر خواهد شد.", "notice"),
    ("پیام‌هایی که حاوی تهمت یا افترا باشد منتشر نخواهد شد.", "notice"),
    ("پرش از پست اینستاگرام", "notice"),
    ("بی‌بی‌سی مسئول محتوای سایت‌های بیرونی نیست.", "notice"),
    ("شما هم عکس‌ها و ویدیوهای خود را برای ما بفرستید", "notice"),
    # Persian: paywalls
    ("این مطلب ویژه مشترکین است", "paywall"),
    ("برای مطالعه ادامه مطلب مشترک شوید", "paywall"),
    ("خرید اشتراک", "paywall"),
    ("قبلاً مشترک شده‌اید؟ وارد شوید", "paywall"),
    ("ادامه مطلب", "paywall"),
    # Persian: players
    ("پخش", "player"),
    ("تمام صفحه", "player"),
    ("دانلود فیلم با کیفیت اصلی", "player"),
    ("شنیدن این خبر", "player"),
    ("نسخه صوتی", "player"),
    # Persian: reading times and counters (digits fold to ASCII)
    ("زمان مطالعه: ۴ دقیقه", "reading-time"),
    ("۳ دقیقه مطالعه", "reading-time"),
    ("۳۸۲ بازدید", "reading-time"),
    ("تعداد بازدید: ۱۲۰۴", "reading-time"),
    # Persian: a share box's text, a short link
    ("اشتراک‌گذاری: ایستگاه «کاوه» در خط دوم متروی اصفهان به بهره‌برداری رسید و مسافران از امروز سوار می‌شوند", "share-lead"),
    ("لینک کوتاه خبر: https://kavirnegar.ir/fa/news/845217/گرمای-۵۰-درجه‌ای-ادارات-و-بانک‌های-خوزستان-را-تعطیل-کرد", "share-lead"),
    # Urdu: donation appeals
    ("عطیہ دیں", "donation"),
    ("آزاد صحافت کی حمایت کریں", "donation"),
    ("ہمیں آپ کی مدد کی ضرورت ہے", "donation"),
    ("ہمیں سپورٹ کریں", "donation"),
    # Urdu: the comment form (WordPress in Urdu)
    ("نام", "form"),
    ("ای میل *", "form"),
    ("آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا", "form"),
    ("جمع کرائیں", "form"),
    ("آپ کا تبصرہ منظوری کے بعد شائع کر دیا جائے گا", "form"),
    # Urdu: site notices, BBC Urdu's embed notes
    ("آپ کا براؤزر اس ویڈیو کو سپورٹ نہیں کرتا", "notice"),
    ("مواد دستیاب نہیں ہے", "notice"),
    ("X پوسٹ نظرانداز کریں", "notice"),
    ("تنبیہ: بی بی سی دیگر ویب سائٹس کے مواد کی ذمہ دار نہیں ہے۔", "notice"),
    ("اپنی خبریں اور ویڈیوز ہمیں واٹس ایپ پر بھیجیں", "notice"),
    # WordPress's note on one line, longer than a form's label
    ("آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا۔ ضروری خانوں کو * سے نشان زد کیا گیا ہے", "notice"),
    ("האימייל לא יוצג באתר. שדות החובה מסומנים * ניתן להגיב גם באמצעות חשבון הפייסבוק שלכם", "notice"),
    ("您的电子邮箱地址不会被公开。 必填项已用*标注，评论需经审核后才会显示在页面上", "notice"),
    # Urdu: paywalls
    ("یہ مضمون صرف سبسکرائبرز کے لیے ہے", "paywall"),
    ("مکمل خبر پڑھنے کے لیے سبسکرائب کریں", "paywall"),
    ("ڈیجیٹل سبسکرپشن حاصل کریں", "paywall"),
    ("مکمل خبر پڑھیں", "paywall"),
]


@pytest.mark.parametrize(("text", "category"), CHROME)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category, hit


AFTER_THE_TEXT = [
    # Chinese
    ("关于作者", "author-box"),
    ("作者簡介：", "author-box"),
    ("關於筆者", "author-box"),
    ("责任编辑：周明", "end-note"),
    ("（編輯：陳家倫）1140320", "end-note"),
    ("【编辑：张燕玲】", "end-note"),
    ("1140320", "end-note"),
    ("（完）", "end-note"),
    ("（作者系中国人民大学经济学院教授）", "end-note"),
    ("作者简介：张三，北京大学国际关系学院副教授，主要研究方向为东亚安全。", "end-note"),
    ("本文仅代表作者个人观点，不代表本网立场。", "end-note"),
    ("原标题：滨江市启用首批无人驾驶公交线路", "end-note"),
    ("来源：新华社", "end-note"),
    ("本文首发于澎湃新闻，经授权转载。", "end-note"),
    # Hebrew
    ("על הכותב", "author-box"),
    ("אודות הכותבת:", "author-box"),
    ("הכותב הוא חבר סגל בחוג למדע המדינה באוניברסיטת חיפה", "end-note"),
    ("* הכותבת היא עיתונאית ותושבת באר שבע", "end-note"),
    ("המאמר פורסם לראשונה באתר שיחה מקומית", "end-note"),
    ("הדעות המובעות בטור זה הן של הכותב בלבד", "end-note"),
    ("האמור בכתבה זו אינו מהווה ייעוץ השקעות או המלצה", "end-note"),
    ("תרגום: דנה כהן", "end-note"),
    # Persian
    ("درباره نویسنده", "author-box"),
    ("دربارهٔ نویسنده", "author-box"),
    ("معرفی نویسنده", "author-box"),
    ("انتهای پیام/", "end-note"),
    ("منبع: ایسنا", "end-note"),
    ("* نویسنده، عضو هیئت علمی دانشگاه تهران است.", "end-note"),
    ("دیدگاه‌های مطرح شده در این یادداشت لزوماً بازتاب دیدگاه سایت نیست.", "end-note"),
    ("این یادداشت صرفاً بیانگر دیدگاه نویسنده است.", "end-note"),
    # Urdu
    ("مصنف کے بارے میں", "author-box"),
    ("لکھاری کا تعارف", "author-box"),
    ("لکھاری فری لانس صحافی ہیں اور سیاسی موضوعات پر لکھتے ہیں۔", "end-note"),
    ("بلاگر کا تعلق کراچی سے ہے۔", "end-note"),
    ("یہ تحریر مصنف کی ذاتی رائے پر مبنی ہے۔", "end-note"),
    ("(بشکریہ: بی بی سی اردو)", "end-note"),
    ("ماخذ: ڈان", "end-note"),
    ("ترجمہ: عمران شاہد", "end-note"),
]


@pytest.mark.parametrize(("text", "category"), AFTER_THE_TEXT)
def test_lines_after_the_text(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category, hit


NOT_CHROME = [
    # Chinese: the entries' characters opening a sentence or another word (Han text has no spaces)
    "作者简介中提到他曾在北京工作多年。",
    "新华社记者在现场采访了多名目击者。",
    "资料显示，该公司去年营收增长两成。",
    "欧盟新规要求网站使用cookie前必须征得用户同意。",
    "市民踊跃捐款支持灾区重建。",
    "捐款总额已达300万元。",
    "支持率连续三个月下滑。",
    "赞助商名单将于下周公布。",
    "编辑部随后发表声明，承认报道存在错误。",
    "来源不明的消息在网上流传。",
    "完成这项工程需要三年时间。",
    "作者认为，这一政策将在明年见效。",
    "本文讨论的问题，作者此前已有论述。",
    "关于我们的未来，市长有很多设想。",
    "联系我们的志愿者已经超过两百人。",
    "他的昵称在网上广为流传。",
    "法院驳回了上诉并取消原判。",
    "重点项目建设加快推进",
    "浏览器市场份额出现变化。",
    "禁止酒駕的新規定下月上路。",
    "新闻发布会将于明天举行。",
    "会员专享折扣吸引了大批顾客。",
    "订阅用户数量持续增长。",
    "阅读全文需要耐心。",
    "播放量突破一亿次。",
    "视频显示，车辆在路口突然转向。",
    "阅读时间越长，孩子的专注力越好。",
    "分享经济在中国快速发展，多家企业推出新服务。",
    # Hebrew
    "על הכותב נאמר שהוא ביקר בעיר פעמיים.",
    "דובר צה\"ל מסר כי הכוחות פעלו באזור הכפר במשך הלילה.",
    "רשתות חברתיות מסוכנות לבני נוער",
    "ארכיון המדינה פרסם מסמכים חדשים",
    "פייסבוק משתמשת בעוגיות כדי לעקוב אחרי המשתמשים.",
    "המפגינים קראו לציבור: תמכו בנו במאבק.",
    "תרומה גדולה הועברה לבית החולים.",
    "הכותב הצעיר זכה השנה בפרס ספיר.",
    "כתב האישום הוגש אתמול לבית המשפט המחוזי.",
    "אודות התוכנית לא נמסרו פרטים נוספים.",
    "שם נמצאו שרידי הבית העתיק.",
    "השליחה של המכתב התעכבה בשבוע.",
    "הדפדפן החדש של גוגל מהיר יותר.",
    "ההטבה ניתנת למנויים בלבד של חברת החשמל.",
    "הם כבר מנויים על השירות החדש.",
    "הפעל את המערכת רק לאחר קריאת ההוראות",
    "זמן קריאה ארוך משפר את ההבנה.",
    "שתפו פעולה עם המשטרה, ביקש המפקד.",
    # Persian
    "درباره نویسنده این کتاب اطلاعات کمی داریم.",
    "ایرنا گزارش داد که قیمت‌ها کاهش یافته است.",
    "عکس‌های یادگاری از سفر",
    "گوگل از کوکی‌ها برای ردیابی کاربران استفاده می‌کند.",
    "نویسنده این کتاب در تهران متولد شده است.",
    "منبع آگاه در وزارت نفت این خبر را تأیید کرد.",
    "نقض حریم خصوصی کاربران",
    "شرایط استفاده از وام مسکن اعلام شد.",
    "صدور شناسنامه برای نوزادان",
    "مرورگر کروم سهم بازار بیشتری به دست آورد.",
    "نظرات کارشناسان در این باره متفاوت است.",
    "نظرات کاربران درباره این طرح در شبکه‌های اجتماعی منتشر شد.",
    "مشترکان برق در ساعات اوج مصرف تخفیف می‌گیرند.",
    "ادامه مطلب را در گزارش بعدی می‌خوانید که فردا منتشر می‌شود.",
    "پخش زنده مسابقه از شبکه سه",
    "پخش فیلم در سینماها ممنوع شد",
    "زمان مطالعه دانش‌آموزان در تعطیلات کاهش یافت.",
    "اشتراک‌گذاری اطلاعات میان وزارتخانه‌ها ضروری است.",
    # Urdu
    "مصنف کے بارے میں کئی کہانیاں مشہور ہیں۔",
    "سیلاب متاثرین نے کہا کہ ہماری مدد کریں، ہم بے گھر ہو چکے ہیں۔",
    "عطیہ کی گئی رقم متاثرین میں تقسیم کی گئی۔",
    "لکھاری نے کہا کہ ان کی نئی کتاب اگلے ماہ شائع ہوگی اور یہ ان کی پانچویں کتاب ہے۔",
    "یہ تحریر اسکول کے نصاب میں شامل ہے۔",
    "نام ای سی ایل سے نکالنے کا فیصلہ",
    "جمع کرائی گئی درخواستوں کی تعداد بڑھ گئی۔",
    "براؤزر کی نئی اپ ڈیٹ جاری کر دی گئی۔",
    "مواد کی فراہمی میں تاخیر ہوئی۔",
    "یہ سہولت صرف سبسکرائبرز کے لیے ہے۔",
    "مکمل خبر کا انتظار ہے",
    "ذریعہ معاش کے لیے وہ روزانہ شہر جاتے ہیں۔",
]


@pytest.mark.parametrize("text", NOT_CHROME)
def test_sentences_of_the_text_are_no_chrome(text: str) -> None:
    line = split_lines(text)[0]
    assert lexicon.match(line) is None
    assert lexicon.match(line, trailing=True) is None


def test_an_arabic_polls_button_is_no_persian_player_control() -> None:
    # Folded, "صوّت" ("vote") reads "صوت", the Persian "sound": the player lexicon leaves it to the poll's
    hit = lexicon.match(split_lines("صوّت")[0])
    assert hit is not None and hit.category.name == "poll"


def _key_points_heading(text: str) -> bool:
    """As metadata/key_points.py reads a heading: a key-points phrase that is the whole line."""
    phrase = lexicon.phrase_in(text, "key-points")
    return phrase is not None and len(WORD.findall(phrase)) == split_lines(text)[0].words


@pytest.mark.parametrize("heading", ["重點摘要", "划重点：", "懶人包", "导读", "本文重点"])
def test_chinese_key_points_headings(heading: str) -> None:
    assert _key_points_heading(heading)


@pytest.mark.parametrize("text", ["重点项目建设加快推进", "摘要显示，该计划将分三期完成", "导读课程受到学生欢迎"])
def test_chinese_key_points_words_in_a_sentence_are_no_heading(text: str) -> None:
    assert not _key_points_heading(text)


def test_a_chinese_key_points_box_leaves_the_body() -> None:
    header = ["滨江市启用首批无人驾驶公交线路", "记者 王小明", "2025-09-16"]
    items = ["首批两条线路全长约二十三公里", "十二辆无人驾驶公交车投入运营", "试运营期间市民免费乘车"]
    text = [
        "本报讯 9月15日上午，滨江市首批无人驾驶公交线路正式启用。首批开通的两条线路全长共约二十三公里，途经高铁站、科技园区和市民中心等多个客流集中的区域。",
        "据市交通运输局介绍，此次投入运营的十二辆无人驾驶公交车均配备激光雷达、毫米波雷达和多路摄像头，可自动识别信号灯、行人和障碍物，试运营期间每辆车都配有安全员。",
        "为方便市民体验，即日起至10月15日，市民在两条线路上均可免费乘车。试运营结束后，票价将与普通公交保持一致，市交通运输局将根据运行数据优化车辆调度。",
    ]
    article = newsclean.clean("\n".join([*header, "划重点", *items, *text]) + "\n")
    assert article.key_points == tuple(items)
    assert "划重点" not in article.body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("王小明 | 本报记者", "王小明"),
        ("林怡君, 特約記者", "林怡君"),
        ("איתמר אייכנר, הכתב המדיני", "איתמר אייכנר"),
        ("נועה לוי, כתבתנו בצפון", "נועה לוי"),
        ("מיכל כהן - עיתונאית", "מיכל כהן"),
        ("مریم صالحی، خبرنگار", "مریم صالحی"),
        ("فرید احمد نوری - گزارشگر", "فرید احمد نوری"),
        ("زهرا میرحسینی، روزنامه‌نگار", "زهرا میرحسینی"),
    ],
)
def test_writer_roles_after_the_name(text: str, name: str) -> None:
    assert without_role(text) == name


def test_a_chinese_desk_names_no_writer() -> None:
    assert is_desk("本报记者") and is_desk("特約記者")


@pytest.mark.parametrize(
    "text",
    [
        "记者会今天下午召开",  # "press conference": the role's characters open a word
        "编辑部发表声明",
        "כתב האישום הוגש אתמול",  # "the indictment": no bare "כתב"
        "עורך הדין של הנאשם",  # "the lawyer": no bare "עורך"
        "دبیر مدرسه به دانش‌آموزان گفت",  # a teacher: no bare "دبیر"
    ],
)
def test_role_words_opening_a_sentence_are_no_role(text: str) -> None:
    assert not starts_with_role(fold(text))
    assert not has_role(fold(text))
