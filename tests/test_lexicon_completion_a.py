"""The chrome lexicons completed for Russian (Russia, Belarus, Kazakhstan, Latvia), Turkish, Dutch (the
Netherlands and Flanders) and Indonesian: photo credits, cookie banners, donation appeals, the footer's
links, comment forms, menus, paywalls, players, reading times, share boxes, authors' boxes, notes after
the text and site notices (`lexicons/{ru,tr,nl,id}/*.txt`).

Each file has lines of chrome it must label, and the other half of the test matters as much: the same
words in a sentence or a subheading of the text ("Главная проблема района", "Dizi abonelere özel
yayınlanacak", "Het rapport wordt niet gepubliceerd", "Beranda rumah warga terendam") are no chrome.
The author's box and the notes after the text are looked for at the end of the kept text only
(`trailing`)."""

from __future__ import annotations

import pytest

from newsclean import lexicon
from newsclean.lines import split_lines

TRAILING = {"author-box", "end-note"}

CHROME = [
    # Russian
    ("Фото: РИА Новости", "caption-credit"),
    ("Фото: пресс-служба ГУ МЧС", "caption-credit"),
    ("Иллюстративное фото", "caption-credit"),
    ("Кадр из видео", "caption-credit"),
    ("Мы используем файлы cookie, чтобы сайт работал лучше.", "cookie"),
    ("Продолжая использовать сайт, вы соглашаетесь с использованием файлов cookie.", "cookie"),
    ("Принять все", "cookie"),
    ("Поддержать", "donation"),
    ("Поддержите независимую журналистику — оформите ежемесячное пожертвование.", "donation"),
    ("Мы существуем только на пожертвования читателей.", "donation"),
    ("Политика конфиденциальности", "footer-links"),
    ("О нас | Контакты | Реклама | Пользовательское соглашение", "footer-links"),
    ("Редакция", "footer-links"),
    ("Обязательные поля помечены *", "form"),
    ("Ваше имя", "form"),
    ("Сообщить об опечатке", "form"),
    ("Главная", "navigation"),
    ("Главная » Новости » Общество", "navigation"),
    ("Версия для слабовидящих", "navigation"),
    ("Показать ещё", "navigation"),
    ("Материал доступен только подписчикам", "paywall"),
    ("Уже есть подписка? Войдите", "paywall"),
    ("Чтобы продолжить чтение, оформите подписку", "paywall"),
    ("Видео", "player"),
    ("Слушать статью", "player"),
    ("Смотреть на RUTUBE", "player"),
    ("Время чтения: 4 минуты", "reading-time"),
    ("3 мин. на чтение", "reading-time"),
    ("1 204 просмотра", "reading-time"),
    ("Поделиться: В Москве открыли новый парк", "share-lead"),
    ("Поделитесь новостью: Мэрия Казани объявила о ремонте трёх мостов через Казанку этим летом", "share-lead"),
    # Turkish ("I" folds to "i": headings in capitals are spelled "HAKKINDA", read "hakkinda")
    ("Yazar Hakkında", "author-box"),
    ("YAZAR HAKKINDA", "author-box"),
    ("Fotoğraf: AA", "caption-credit"),
    ("Arşiv fotoğrafı", "caption-credit"),
    ("Temsili görsel", "caption-credit"),
    ("Fotoğraf: Ali Yılmaz / DHA", "caption-credit"),
    ("Kaynak: AA", "end-note"),
    ("Editör: Ayşe Kaya", "end-note"),
    ("Yazıda ifade edilen görüşler yazarına aittir, sitenin yayın politikasını yansıtmayabilir.", "end-note"),
    ("Mehmet Demir gazetecidir.", "end-note"),
    ("Gerekli alanlar * ile işaretlenmişlerdir", "form"),
    ("Yorumunuz onay bekliyor.", "form"),
    ("Adınız *", "form"),
    ("Hata bildir", "form"),
    ("Tarayıcınız video etiketini desteklemiyor.", "notice"),
    ("YASAL UYARI: Burada yer alan yatırım bilgi, yorum ve tavsiyeleri yatırım danışmanlığı kapsamında değildir.", "notice"),
    ("WhatsApp ihbar hattı: 0555 000 00 00", "notice"),
    ("Bu içerik abonelerimize özeldir.", "paywall"),
    ("Devamını okumak için abone olun", "paywall"),
    ("Zaten abone misiniz? Giriş yapın", "paywall"),
    ("Okuma süresi: 3 dakika", "reading-time"),
    ("3 dk okuma", "reading-time"),
    ("1.204 okunma", "reading-time"),
    ("Paylaş: İzmir'de metro seferleri uzatıldı", "share-lead"),
    ("PAYLAŞ: Ankara'da kar yağışı etkili oldu", "share-lead"),
    # Dutch (the Netherlands, Flanders)
    ("Over de auteur", "author-box"),
    ("Over de columnist", "author-box"),
    ("Foto: ANP", "caption-credit"),
    ("Beeld: Remko de Waal", "caption-credit"),
    ("Archiefbeeld", "caption-credit"),
    ("Foto ter illustratie", "caption-credit"),
    ("Steun onafhankelijke journalistiek", "donation"),
    ("Word donateur", "donation"),
    ("Wil je ons werk steunen? Doe een donatie.", "donation"),
    ("Privacybeleid", "footer-links"),
    ("Colofon | Adverteren | Algemene voorwaarden | Contact", "footer-links"),
    ("Tip de redactie", "footer-links"),
    ("Vereiste velden zijn gemarkeerd met *", "form"),
    ("Je reactie wacht op goedkeuring.", "form"),
    ("Fout gezien?", "form"),
    ("Je browser ondersteunt geen HTML5-video.", "notice"),
    ("Deze inhoud kan niet worden getoond omdat je geen cookies hebt geaccepteerd.", "notice"),
    ("Dit liveblog wordt automatisch bijgewerkt.", "notice"),
    ("Leestijd: 3 minuten", "reading-time"),
    ("4 min leestijd", "reading-time"),
    ("1.204 keer gelezen", "reading-time"),
    ("Delen: Nieuwe brug over de Maas", "share-lead"),
    ("Deel dit artikel: Gemeente Utrecht legt nieuwe fietsenstalling aan onder het station", "share-lead"),
    # Indonesian
    ("Tentang Penulis", "author-box"),
    ("Profil Penulis", "author-box"),
    ("Foto: ANTARA/Aprillio Akbar", "caption-credit"),
    ("Foto: Istimewa", "caption-credit"),
    ("Dok. Pribadi", "caption-credit"),
    ("Ilustrasi", "caption-credit"),
    ("Tangkapan layar video", "caption-credit"),
    ("Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.", "cookie"),
    ("Dengan melanjutkan penggunaan situs ini, Anda menyetujui penggunaan cookie.", "cookie"),
    ("Terima semua", "cookie"),
    ("Dukung jurnalisme independen", "donation"),
    ("Donasi", "donation"),
    ("Traktir kami kopi lewat Trakteer", "donation"),
    ("Pedoman Media Siber", "footer-links"),
    ("Tentang Kami | Redaksi | Kebijakan Privasi | Info Iklan", "footer-links"),
    ("Redaksi", "footer-links"),
    ("Hak cipta dilindungi undang-undang.", "footer"),
    (
        "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas untuk konten"
        " akun media sosial komersil tanpa seizin redaksi.",
        "footer",
    ),
    ("Tulisan ini merupakan pendapat pribadi, tidak mewakili pandangan redaksi.", "footer"),
    ("Ruas yang wajib ditandai *", "form"),
    ("Komentar Anda menunggu moderasi.", "form"),
    ("Laporkan kesalahan", "form"),
    ("Beranda", "navigation"),
    ("Beranda › Berita › Nasional", "navigation"),
    ("Langsung ke konten", "navigation"),
    ("Nasional", "navigation"),
    ("Browser Anda tidak mendukung tag video.", "notice"),
    ("Berita ini akan terus diperbarui.", "notice"),
    ("Artikel ini merupakan kerja sama antara Kompas.com dengan Pemkab Banyuwangi.", "notice"),
    ("Konten Eksklusif", "paywall"),
    ("Sudah berlangganan? Masuk", "paywall"),
    ("Berlangganan untuk membaca artikel ini", "paywall"),
    ("Jeda", "player"),
    ("Dengarkan artikel ini", "player"),
    ("Tonton di YouTube", "player"),
    ("Waktu baca: 3 menit", "reading-time"),
    ("3 menit baca", "reading-time"),
    ("Dibaca 1.204 kali", "reading-time"),
    ("Bagikan: Banjir rendam ratusan rumah di Bekasi", "share-lead"),
    ("Bagikan artikel ini: Pemprov DKI perpanjang jam operasional MRT dan LRT selama libur akhir tahun", "share-lead"),
]


@pytest.mark.parametrize(("text", "category"), CHROME)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=category in TRAILING)
    assert hit is not None and hit.category.name == category, hit


@pytest.mark.parametrize(
    "text",
    [
        # Russian: a menu's words as the text's ("Главная" is "main", "Поиск" a search party's)
        "Главная проблема района — дороги.",
        "Поиск пропавших продолжается.",
        "Меню ресторана обновили.",
        "Роскомнадзор проверит, как сайты используют файлы cookie.",
        "Правительство решило поддержать малый бизнес.",
        "Сервис будет доступен только для подписчиков Яндекс Плюс.",
        "Документы уже подписаны.",
        "Видео с места событий опубликовали очевидцы.",
        "Архивное фото показали на выставке",
        "Время чтения книг у подростков сократилось.",
        "Поделиться опытом пришли ветераны.",
        "О нас заговорили в Европе.",
        "Ответить на вопрос журналиста он отказался.",
        "Источник в правительстве подтвердил отставку.",
        # Turkish
        "Dizi abonelere özel yayınlanacak.",
        "Kaynak suyu fiyatları arttı.",
        "Yazar hakkında açılan dava düştü.",
        "Bakanlık, okuma süresi ile ilgili araştırma yaptı.",
        "Paylaşım yapan kullanıcılar gözaltına alındı.",
        "Hata yapan hakem görevden alındı.",
        "Tarayıcınızı güncellemeniz önerilir.",
        "Temsili demokrasi tartışılıyor.",
        "Ekran görüntüsü paylaşan vekil özür diledi.",
        "İZMİR (DHA)",
        "Aa",
        "Güvenlik kodu sızdırıldı",
        "Editör olarak çalıştığı gazeteden ayrıldı.",
        # Dutch
        "Over de auteur weet niemand iets.",
        "Het rapport wordt niet gepubliceerd.",
        "De fout werd gezien door de scheidsrechter.",
        "Het kabinet wil de boeren steunen.",
        "Delen van de stad zonder stroom",
        "Leestijd van kinderen neemt af.",
        "Je browser kiezen is lastig.",
        "Contact met de politie",
        "Neem contact op met de huisarts.",
        "Beeld van de dag",
        "Steun voor Oekraïne blijft groot.",
        # Indonesian
        "Kerja sama antara dua negara diperkuat.",
        "Hari yang istimewa bagi keluarga",
        "Warga dapat berdonasi melalui rekening BPBD.",
        "Beranda rumah warga terendam banjir.",
        "Konten eksklusif disiapkan Netflix untuk pelanggan di Indonesia.",
        "Masuk ke rumah, pelaku mengambil perhiasan.",
        "Video itu viral di media sosial.",
        "Waktu baca anak-anak di Indonesia masih rendah.",
        "Bagikan bantuan kepada warga terdampak.",
        "Dilarang mengambil foto di area museum.",
        "Untuk melanjutkan pembangunan, pemerintah menambah anggaran.",
        "Warga sudah berlangganan air PDAM.",
        "Laporan ini diperbarui setiap tahun oleh BPS.",
        "Apa pesan Anda untuk generasi muda?",
    ],
)
def test_sentences_and_subheadings_are_no_chrome(text: str) -> None:
    line = split_lines(text)[0]
    assert lexicon.match(line) is None
    assert lexicon.match(line, trailing=True) is None


@pytest.mark.parametrize("text", ["ANTARA", "DHA", "AA", "ТАСС", "РИА Новости", "Aa"])
def test_a_wires_name_alone_is_no_photo_credit(text: str) -> None:
    # "... pada malam hari. (ANTARA)" signs a paragraph of text, "İZMİR (DHA)" is a dateline, "Aa" a
    # font-size button: a caption's credit only with its label ("Fotoğraf: AA", "Фото ТАСС").
    assert lexicon.credit_phrase(text) is None
