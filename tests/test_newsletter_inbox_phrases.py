"""A newsletter box's pitch ("The day's top stories, every morning in your inbox") and the consent
under its form ("By signing up, you agree to ...") in the languages beyond English
(`lexicons/<lang>/newsletter.txt`).

The other half matters as much: a story about phishing mails or a mailbox's letters talks about the
reader's inbox too ("Si ves este mensaje en tu bandeja de entrada, no hagas clic"), and is no chrome."""

from __future__ import annotations

import pytest

from newsclean import lexicon
from newsclean.lines import Line
from newsclean.normalize import fold

NEWSLETTER = [
    # Slovak
    ("sk", "Najdôležitejšie správy z Bratislavy každé ráno vo vašej schránke."),
    ("sk", "Raz týždenne to najlepšie z kultúry priamo do vašej schránky."),
    ("sk", "Prihlásením súhlasíte so spracovaním osobných údajov a s podmienkami používania."),
    ("sk", "Odoslaním formulára súhlasíte so zasielaním noviniek na uvedenú e-mailovú adresu."),
    # Czech
    ("cs", "Nejdůležitější zprávy z jižní Moravy každé ráno do vaší schránky."),
    ("cs", "Přihlášením souhlasíte se zpracováním osobních údajů."),
    ("cs", "Odesláním souhlasíte se zasíláním obchodních sdělení."),
    # Polish
    ("pl", "Najważniejsze wiadomości z Krakowa prosto do Twojej skrzynki."),
    ("pl", "Codziennie rano w Twojej skrzynce: wszystko, co musisz wiedzieć o swoim mieście."),
    ("pl", "Zapisując się, akceptujesz regulamin serwisu i politykę prywatności."),
    ("pl", "Zapisując się na newsletter, wyrażasz zgodę na przetwarzanie danych osobowych."),
    # Spanish (Spain, Latin America)
    ("es", "Las noticias más importantes de Valencia, cada mañana en tu correo."),
    ("es", "Las claves de la economía, directo a tu correo."),
    ("es", "Recibí las últimas noticias de tu equipo en tu mail"),
    ("es", "Podés darte de baja cuando quieras. Al registrarte aceptás los términos y condiciones."),
    # Catalan
    ("ca", "Rep cada matí les notícies més importants de Lleida al teu correu."),
    ("ca", "El millor de la setmana cultural, directament al teu correu."),
    ("ca", "En subscriure't, acceptes la política de privacitat i les condicions d'ús."),
    # Dutch (the Netherlands, Flanders)
    ("nl", "Elke ochtend het belangrijkste nieuws uit Utrecht in je mailbox."),
    ("nl", "Ontvang elke vrijdag de beste recensies rechtstreeks in je inbox."),
    ("nl", "Door je in te schrijven, ga je akkoord met ons privacybeleid."),
    ("nl", "Door je aan te melden voor de nieuwsbrief ga je akkoord met de algemene voorwaarden."),
    # Croatian
    ("hr", "Najvažnije vijesti dana izravno u vaš inbox."),
    ("hr", "Prijavom na newsletter pristajete na obradu osobnih podataka."),
    ("hr", "Prijavom prihvaćate uvjete korištenja i pravila privatnosti."),
    # Hungarian
    ("hu", "A nap legfontosabb hírei minden reggel a postafiókjában."),
    ("hu", "A feliratkozással elfogadja az adatkezelési tájékoztatót."),
    ("hu", "A Feliratkozom gombra kattintva hozzájárul adatai kezeléséhez."),
    # Romanian
    ("ro", "Cele mai importante știri ale zilei, direct în inbox-ul tău."),
    ("ro", "Primește în fiecare dimineață cele mai citite articole direct pe e-mail."),
    ("ro", "Prin abonare, ești de acord cu politica de confidențialitate."),
    # Bulgarian
    ("bg", "Най-важните новини от Пловдив всяка сутрин в пощата ви."),
    ("bg", "Абонирайки се, вие се съгласявате с общите условия и политиката за поверителност."),
    ("bg", "С абонирането си се съгласявате да получавате бюлетина ни."),
    # Russian
    ("ru", "Главные новости Казани — на вашу почту."),
    ("ru", "Получайте подборку главных материалов недели на почту."),
    ("ru", "Подписываясь на рассылку, вы соглашаетесь с политикой конфиденциальности."),
    ("ru", "Нажимая кнопку «Подписаться», вы принимаете условия пользовательского соглашения."),
    # Ukrainian
    ("uk", "Найважливіші новини дня — на вашу пошту."),
    ("uk", "Отримуйте добірку головних матеріалів тижня на пошту."),
    ("uk", "Підписуючись, ви погоджуєтеся з політикою конфіденційності."),
    # Turkish
    ("tr", "Günün öne çıkan haberleri her sabah e-posta kutunuzda."),
    ("tr", "Haftanın en çok okunan yazıları doğrudan e-posta kutunuza gelsin."),
    ("tr", "Bültene abone olarak KVKK aydınlatma metnini okuduğunuzu kabul etmiş olursunuz."),
    # Greek
    ("el", "Οι σημαντικότερες ειδήσεις της ημέρας, κάθε πρωί στο email σας."),
    ("el", "Με την εγγραφή σας αποδέχεστε τους όρους χρήσης και την πολιτική απορρήτου."),
    # Indonesian
    ("id", "Dapatkan berita pilihan setiap hari langsung ke inbox Anda."),
    ("id", "Dengan mendaftar, Anda menyetujui Syarat dan Ketentuan serta Kebijakan Privasi kami."),
    # Malay
    ("ms", "Dapatkan berita terkini terus ke peti masuk anda setiap pagi."),
    ("ms", "Dengan melanggan, anda bersetuju dengan Terma Penggunaan dan Dasar Privasi kami."),
    # Vietnamese
    ("vi", "Tin tức nổi bật mỗi sáng trong hộp thư của bạn."),
    ("vi", "Bằng việc đăng ký, bạn đồng ý với Điều khoản sử dụng và Chính sách bảo mật."),
    # German (Germany, Austria, Switzerland)
    ("de", "Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrer Mailbox."),
    ("de", "Das Wichtigste aus dem Emmental, jeden Morgen um 6 Uhr in Ihrer Mailbox."),
    ("de", "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung."),
    # Italian
    ("it", "Le notizie più importanti della giornata, ogni mattina nella tua email."),
    ("it", "Iscrivendoti accetti l'informativa sulla privacy e i termini di servizio."),
    # Portuguese (Brazil, Portugal)
    ("pt", "As principais notícias do dia, direto na sua caixa de entrada."),
    ("pt", "Você pode cancelar quando quiser. Ao se inscrever você aceita os Termos de Uso."),
    # Swedish
    ("sv", "Dagens viktigaste nyheter varje morgon i din inkorg."),
    ("sv", "Genom att prenumerera godkänner du vår integritetspolicy."),
    # Danish
    ("da", "Få dagens vigtigste nyheder direkte på mail hver morgen."),
    ("da", "Ved at tilmelde dig accepterer du vores privatlivspolitik."),
    # Norwegian (bokmål)
    ("nb", "Få dagens viktigste nyheter rett på e-post hver morgen."),
    ("nb", "Ved å melde deg på nyhetsbrevet godtar du våre vilkår."),
    # French (France, Switzerland)
    ("fr", "Reçois chaque matin l'essentiel de l'actualité romande dans ta boîte mail."),
    ("fr", "Désinscription possible à tout moment. En vous inscrivant vous acceptez nos conditions générales."),
    # Finnish
    ("fi", "Päivän tärkeimmät uutiset joka aamu sähköpostiisi."),
    ("fi", "Tilaamalla uutiskirjeen hyväksyt tietosuojaselosteen."),
]

NEWS = [
    ("sk", "Polícia varuje pred podvodnými e-mailmi, ktoré sa vydávajú za Slovenskú poštu; ak vám podobná správa príde, neklikajte na odkaz."),
    ("sk", "Poštári v Prešove od pondelka roznášajú do schránok rozhodnutia o dani z nehnuteľností."),
    ("cs", "Podvodníci rozesílají e-maily jménem České pošty a lákají lidi na falešné stránky, upozornila policie."),
    ("cs", "Pokud vám do schránky přijde podezřelá zpráva, odkaz neotvírejte a e-mail rovnou smažte, radí odborníci."),
    ("pl", "Oszuści podszywają się pod firmy kurierskie i wysyłają fałszywe maile z prośbą o dopłatę do przesyłki, ostrzega CERT Polska."),
    ("pl", "Policja apeluje, by nie otwierać załączników w wiadomościach od nieznanych nadawców."),
    ("es", "La Policía Nacional alerta de una campaña de correos fraudulentos que suplantan a la Agencia Tributaria y piden datos bancarios."),
    ("es", "Si ves un mensaje así en tu bandeja de entrada, no hagas clic en el enlace y bórralo, recomienda el Incibe."),
    ("ca", "Els Mossos alerten d'una campanya de correus fraudulents que suplanten l'Agència Tributària."),
    ("ca", "Si reps un missatge sospitós al correu, no cliquis l'enllaç i esborra'l, recomanen els experts."),
    ("nl", "Valt er een mail van de Belastingdienst in je mailbox? Klik dan niet op de link, waarschuwt de Fraudehelpdesk."),
    ("nl", "Oplichters versturen nepmails uit naam van banken om inloggegevens te stelen."),
    ("hr", "Policija upozorava na lažne e-mailove u ime banaka kojima prevaranti pokušavaju doći do podataka o karticama."),
    ("hu", "A rendőrség csaló e-mailekre figyelmeztet, amelyek a bank nevében kérnek személyes adatokat."),
    ("hu", "Az ügyfelek postafiókjába érkezett levelek egy hamis oldalra vezettek."),
    ("ro", "Poliția avertizează că infractorii trimit e-mailuri false în numele ANAF pentru a fura datele bancare."),
    ("ro", "Contribuabilii vor primi notificările direct pe e-mail, a anunțat ANAF."),
    ("bg", "МВР предупреждава за фалшиви имейли от името на НАП, които искат данни за банкови карти."),
    ("bg", "Ако в пощата ви пристигне подобно писмо, не отваряйте прикачения файл."),
    ("ru", "Если на вашу почту пришло письмо от «Госуслуг» с просьбой перейти по ссылке, не открывайте его, предупреждают в МВД."),
    ("ru", "Мошенники рассылают фальшивые уведомления о штрафах на электронную почту."),
    ("uk", "Кіберполіція попереджає про фішингові листи, які надходять на вашу пошту від імені банків."),
    ("tr", "Emniyet, kendini banka olarak tanıtan dolandırıcıların e-posta kutunuza gönderdiği bağlantılara tıklamamanız konusunda uyardı."),
    ("tr", "Siber güvenlik uzmanları, sahte kargo e-postalarına karşı vatandaşları uyardı."),
    ("el", "Η Δίωξη Ηλεκτρονικού Εγκλήματος προειδοποιεί για απατηλά email που υποτίθεται ότι στέλνουν τράπεζες."),
    ("el", "Αν λάβετε στο email σας τέτοιο μήνυμα, μην πατήσετε τον σύνδεσμο."),
    ("id", "Polisi mengimbau warga tidak membuka tautan dalam email yang mengatasnamakan bank."),
    ("id", "Jika Anda menerima pesan mencurigakan di kotak masuk Anda, segera hapus dan laporkan."),
    ("ms", "Polis menasihati orang ramai supaya tidak membuka pautan dalam e-mel yang mendakwa daripada bank."),
    ("vi", "Công an cảnh báo người dân về các email giả mạo ngân hàng nhằm đánh cắp thông tin tài khoản."),
    ("vi", "Nếu bạn nhận được email lạ trong hộp thư của bạn, đừng bấm vào đường link."),
    ("de", "Die Verbraucherzentrale warnt vor gefälschten Mails im Namen von Banken, die zur Eingabe von Zugangsdaten auffordern."),
    ("de", "Wer eine solche Nachricht in seinem Postfach findet, sollte sie ungeöffnet löschen, rät die Polizei."),
    ("it", "La Polizia Postale mette in guardia da false email che sembrano inviate dall'Agenzia delle Entrate."),
    ("pt", "A Polícia Federal alerta para e-mails falsos em nome da Receita que pedem dados bancários."),
    ("sv", "Polisen varnar för falska mejl som ser ut att komma från Skatteverket."),
    ("sv", "Får du ett sådant mejl i din inkorg ska du inte klicka på länken."),
    ("da", "Politiet advarer mod falske mails, der udgiver sig for at komme fra Skattestyrelsen."),
    ("da", "Har du fået en mail i din indbakke fra banken, skal du ikke klikke på linket."),
    ("nb", "Politiet advarer mot falske e-poster som utgir seg for å komme fra Skatteetaten."),
    ("nb", "Har du fått en e-post i innboksen din fra Posten, bør du ikke klikke på lenken."),
    ("fr", "La gendarmerie met en garde contre de faux courriels au nom de l'Assurance maladie."),
    ("fi", "Poliisi varoittaa huijausviesteistä, joissa pyydetään pankkitunnuksia."),
    ("fi", "Jos sähköpostiisi tulee tällainen viesti, älä avaa linkkiä."),
]


def _ids(cases: list[tuple[str, str]]) -> list[str]:
    return [f"{lang}-{text[:30]}" for lang, text in cases]


@pytest.mark.parametrize(("lang", "text"), NEWSLETTER, ids=_ids(NEWSLETTER))
def test_a_newsletter_boxs_pitch_and_consent(lang: str, text: str) -> None:
    hit = lexicon.match(Line(0, text, fold(text)))
    assert hit is not None and hit.category.name == "newsletter", (lang, hit)


@pytest.mark.parametrize(("lang", "text"), NEWS, ids=_ids(NEWS))
def test_a_story_about_mails_is_no_newsletter(lang: str, text: str) -> None:
    hit = lexicon.match(Line(0, text, fold(text)))
    assert hit is None or hit.category.name != "newsletter", (lang, hit)


# A newsletter's e-mail edition, and its web version on a newsletter platform (Beehiiv, Substack).
EDITION = [
    ("newsletter", "View this email in your browser"),
    ("newsletter", "Forwarded this email? Sign up for The Ledger Brief at https://example.com/brief"),
    ("newsletter", "You are receiving this email because you subscribed to The Ledger Brief."),
    ("newsletter", "Vous recevez cet e-mail car vous êtes abonné à notre lettre."),
    ("newsletter", "عرض في المتصفح"),
    ("newsletter", "You currently have 0 referrals, only 3 away from receiving a tote bag."),
    ("newsletter", "Subscribe to The Sandhill Signal"),
    ("advertisement", "Together with Prairie Thread Co."),
    ("navigation", "In this edition"),
    ("related", "Quick hits"),
]
# ...and what the text says with the same words.
EDITION_TEXT = [
    "Together with his brother, he rebuilt the mill after the flood of 1953.",
    "Readers who want to subscribe to the paper's print edition can call the office on weekdays.",
    "Brought to you by AAP",  # a wire's credit under its story, which the text keeps
]


@pytest.mark.parametrize(("category", "text"), EDITION)
def test_a_newsletters_edition_chrome(category: str, text: str) -> None:
    hit = lexicon.match(Line(0, text, fold(text)))
    assert hit is not None and hit.category.name == category, hit


@pytest.mark.parametrize("text", EDITION_TEXT)
def test_the_same_words_in_a_sentence_are_no_chrome(text: str) -> None:
    assert lexicon.match(Line(0, text, fold(text))) is None
