"""Whole-page text: the article among menus, link lists and footers (what a crawler keeps).

A page saved whole announces itself: many short link-like lines (at most four words, no
sentence punctuation) and the furniture words every site has (privacy, terms, sign in, menu,
©..., a blog engine's widgets: Blog Archive, Recent Posts, Powered by..., and their like in
other languages: Impressum, Поиск, プライバシー...). Only on such a
page, the article is taken to be the stretch of lines that holds the most prose: each line of
running text counts for its length, each link-like line against, and the best-scoring stretch
wins (the maximum-sum segment). When the page repeats its title above the
article (the ``<h1>``), the stretch starts at the first line of prose under it and runs to
where the running score peaks: a short news item is not lost to a longer blurb elsewhere.
When that stretch holds no line of prose (a byline, then a table of contents whose entries
outweigh the short paragraphs below), the best-scoring stretch is taken after all; when it
holds too little of the page's prose, only a best-scoring stretch that runs through it.
A block of data inside the article (a recipe's quantities, a specification table), lines
holding figures that no rule labelled, with the prose going on below it, does not end it.
Share buttons or a related heading followed by a feed of teasers end the article there, and so
do three signed and dated teasers in a row (headline, author, date, summary); a short
line ending in a colon right above it ("What we know:") is its lead-in.
When the page title names the site too, the masthead echoes it, so the headline is the echo
with the most words. Where no stretch holds a paragraph's worth of prose and a fair share of
the page's prose, the page is not understood and is left whole: better menus kept than an
article lost.

A line's weight is its words (a script without spaces, by its characters), with four
exceptions that long lines are not prose: markup (only the words outside tags count), a line
mostly of figures (an archive, a table), a list run together with commas, and capitalised
names that hardly pause (a select box). A long line that copies the page's own paragraphs run
together (structured data printed as text) weighs nothing, and so do a short cell of figures
(a table laid out one cell a line) and an item of a numbered or bulleted list.

What lies before the article is ``navigation``; what lies after it is ``navigation``, or
``footer`` when it holds the site's legal links. Lines other rules already labelled (captions,
bylines, share lines) count for nothing either way.

An ordinary article, even with a list in it, has neither the mass of short lines nor the
furniture words, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from corpuskit.layout import Match
from corpuskit_plugins.generic.comments import thread_count
from corpuskit_plugins.generic.context import (
    IDEOGRAPHS,
    LETTERS_A_WORD,
    SENTENCE_END,
    WORD,
    Context,
    unspaced,
)
from corpuskit_plugins.generic.dates import RELATIVE_TIME
from corpuskit_plugins.generic.head import headline_echo, holds_title_part
from corpuskit_plugins.generic.related import header as related_header
from corpuskit_plugins.generic.share import NETWORKS

MIN_LINES = 15
MIN_SHORT = 10
MIN_SHORT_SHARE = 0.25
MIN_FURNITURE = 3
SHORT_WORDS = 4
SHORT_CHARS = 40
PROSE_FLOOR = 8
"""Words a prose line must have before it counts for the article: teasers are short."""
LINE_PENALTY = 5
LEAD_IN_WORDS = 6
"""Words a line ending in a colon may have and still be the lead-in to the article under it."""
MIN_ARTICLE = 30
"""The least a stretch must score to be taken for the article (a paragraph of about 40 words)."""
MIN_PROSE_SHARE = 0.25
"""...and the least share of the page's prose it must hold."""
DATA_ROW = 2

MENU_WORDS = (
    *("startseite", "suche", "kontakt", "anmelden"),  # German
    *("accueil", "rechercher", "connexion"),  # French
    *("inicio", "buscar", "contacto", "contato", "entrar", "pesquisar"),  # Spanish, Portuguese
    *("contatti", "accedi", "cerca", "zoeken", "inloggen"),  # Italian, Dutch
    *("главная", "поиск", "контакты", "войти", "регистрация"),  # Russian
    *("vyhledávání", "kontakty", "szukaj", "zaloguj"),  # Czech, Polish
    *("beranda", "kontak", "masuk"),  # Indonesian
    *("ホーム", "検索", "ログイン"),  # Japanese
    *("首页", "首頁", "登录", "登入", "注册", "搜索"),  # Chinese
    *("홈", "검색", "로그인"),  # Korean
    *("ana sayfa", "giriş yap"),  # Turkish (no word opening with "İ": it lower-cases to two)
    *("חיפוש", "צור קשר", "התחברות"),  # Hebrew
    *("الرئيسية", "اتصل بنا", "تسجيل الدخول"),  # Arabic
    *("αρχική", "αναζήτηση", "επικοινωνία"),  # Greek
    *("головна", "пошук", "контакти"),  # Ukrainian
    *("trang chủ", "tìm kiếm", "liên hệ", "đăng nhập"),  # Vietnamese
    *("होम", "संपर्क"),  # Hindi
    *("forside", "logga in"),  # Swedish, Danish, Norwegian
    *("etusivu", "kirjaudu"),  # Finnish
    *("főoldal", "keresés", "kapcsolat", "belépés"),  # Hungarian
    *("acasă", "căutare", "autentificare"),  # Romanian
    *("صفحه اصلی", "تماس با ما", "درباره ما", "جستجو"),  # Persian
)
"""Menu entries in the other languages corpora are built from; like the English ones, each
counts where it opens a line ("Suche:", "Главная » Новости"), not inside one. A sentence
opening with one ("Cerca de...") counts too, but a page is taken for a whole page only when it
also has the mass of short lines, and only with three furniture finds."""

FURNITURE = (
    "privacy",
    "terms of",
    "terms and conditions",
    "©",
    "copyright",
    "all rights reserved",
    "\nsign in",
    "\nlog in",
    "\nlogin",
    "\nsubscribe",
    "newsletter",
    "contact us",
    "about us",
    "advertise",
    "\nmenu",
    "\nsearch",
    "skip to",
    "cookie",
    "\nhome\n",
    "\nfacebook",
    "\ntwitter",
    "\nfollow us",
    "powered by",
    "blog archive",
    "\nolder post",
    "\nnewer post",
    "\ntag cloud",
    "\ncategories",
    "\narchives",
    "\nrecent posts",
    *(f"\n{word}" for word in MENU_WORDS),
    "impressum",
    "datenschutz",
    "alle rechte vorbehalten",
    "mentions légales",
    "confidentialité",
    "tous droits réservés",
    "aviso legal",
    "privacidad",
    "todos los derechos reservados",
    "privacidade",
    "todos os direitos reservados",
    "tutti i diritti riservati",
    "chi siamo",
    "alle rechten voorbehouden",
    "over ons",
    "политика конфиденциальности",
    "все права защищены",
    "перейти к контенту",
    "všechna práva vyhrazena",
    "ochrana osobních údajů",
    "wszelkie prawa zastrzeżone",
    "polityka prywatności",
    "tentang kami",
    "kebijakan privasi",
    "プライバシー",
    "お問い合わせ",
    "サイトマップ",
    "利用規約",
    "免責事項",
    "隐私",
    "隱私",
    "联系我们",
    "聯絡我們",
    "关于我们",
    "關於我們",
    "版权所有",
    "版權所有",
    "网站地图",
    "개인정보",
    "이용약관",
    *("כל הזכויות שמורות", "מדיניות פרטיות", "תנאי שימוש"),  # Hebrew
    *("جميع الحقوق محفوظة", "سياسة الخصوصية", "شروط الاستخدام"),  # Arabic
    *("tüm hakları saklıdır", "gizlilik politikası", "kullanım koşulları"),  # Turkish
    *("πολιτική απορρήτου", "όροι χρήσης", "με επιφύλαξη παντός δικαιώματος"),  # Greek
    *("політика конфіденційності", "всі права захищені"),  # Ukrainian
    *("chính sách bảo mật", "điều khoản sử dụng"),  # Vietnamese
    *("गोपनीयता नीति", "सर्वाधिकार सुरक्षित"),  # Hindi
    *("integritetspolicy", "alla rättigheter förbehållna", "privatlivspolitik"),  # Swedish, Danish
    *("alle rettigheder forbeholdes", "alle rettigheter reservert"),  # Danish, Norwegian
    *("tietosuojaseloste", "kaikki oikeudet pidätetään"),  # Finnish
    *("adatvédelmi", "minden jog fenntartva"),  # Hungarian
    *("politica de confidențialitate", "toate drepturile rezervate"),  # Romanian
    *("นโยบายความเป็นส่วนตัว", "สงวนลิขสิทธิ์"),  # Thai
    *("حریم خصوصی", "حقوق این سایت", "حقوق مادی و معنوی", "حقوق محفوظ"),  # Persian
)
# Kana and Han: about two characters a word, where white space counts none.
_TAG = re.compile(r"</?[a-z][^<>]*>")
_DIGIT = re.compile(r"\d")
_NUMBERED = re.compile(r"(?:\d{1,2}(?:[.)]|(?:\.\d{1,2})+\.?)|[-–•·*]) ")
_SECTION = re.compile(r"\d{1,2} [^\W\d]")
"""A table of contents' top-level entry, "1 History": a number and a word or three."""
_ALNUM = re.compile(r"[^\W_]")
_FIGURE = re.compile(r"[\d(](?<!\S[\d(])(?:(?<=\d)|\(*\d)")
r"""A token opening with a figure, brackets before it allowed: ``(?:^|(?<=\s))\(*\d`` written
to open with the digit or the bracket, so that ``re`` skips to those and does not try the
pattern at every character of a long line (the same tokens: tests/test_speed_html.py)."""
_SEPARATOR = re.compile(r"(?<= )[|▪•·›»/](?= )")
_PAUSE = re.compile(r"[.,;:!?\u3001\u3002\uff0c\uff0e\uff1f\uff01]")
LEGAL = ("privacy", "terms of", "terms and conditions", "©", "copyright", "all rights reserved")


def _short(ctx: Context, index: int) -> bool:
    return (
        ctx.words[index] <= SHORT_WORDS
        and len(ctx.lower[index]) <= SHORT_CHARS
        and not ctx.norm[index].endswith(SENTENCE_END)
    )


def is_full_page(ctx: Context) -> bool:
    """Many short link-like lines and the furniture words of a site, or the furniture the
    other families found (a related list, a share line) where a page cut off before its footer
    has few words."""
    return _masthead_kind(ctx) is not None or _furnished(ctx)


def _furnished(ctx: Context) -> bool:
    """Many short lines and three of a site's furniture words or more: a page of some size."""
    total = ctx.total
    if total < MIN_LINES or len(ctx.short) < SMALL_SHORT:
        return False  # the cheap test first: most articles stop here
    # A small page whose menu the crawler ran together on one line has fewer short lines:
    # that line, and more furniture, stand for them. Asked before the short lines are
    # weighed where there cannot be enough of them, after it where there are not.
    few = len(ctx.short) < MIN_SHORT
    if few and not _menu_run(ctx):
        return False
    short = sum(1 for i in ctx.short if _short(ctx, i))
    if short < SMALL_SHORT or short < MIN_SHORT_SHARE * total:
        return False
    needed = MIN_FURNITURE
    if short < MIN_SHORT:
        if not few and not _menu_run(ctx):
            return False
        needed = SMALL_FURNITURE
    page = ctx.page
    if needed == SMALL_FURNITURE:
        # On a small page the article's own prose may say "privacy", "cookies" or
        # "newsletter" as often as the site's footer: only the lines that are no prose count.
        page = _joined(ctx, lambda i: not ctx.prose(i))
    labelled = found = _labelled_furniture(ctx)
    for needle in FURNITURE:  # English first: most pages are done after a few searches
        if needle in page:
            found += 1
            if found >= needed:
                return True
    if found + ENTRY_RUNS < needed or _masthead(ctx):
        return False  # a page its masthead shows whole keeps the small page's reading
    shape = _shaped_furniture(ctx)
    if found + shape < needed:
        return False
    # With the shape's help, a word counts only on a short line (a footer's, a credit's): an
    # article says "cookie", "privacy" and "newsletter" in its sentences too (a review's
    # recipes and reviews lost their lists so).
    lines = _joined(ctx, lambda i: ctx.words[i] < LINE_WORDS)
    found = labelled + sum(1 for needle in FURNITURE if needle in lines)
    return found + shape >= needed


def _joined(ctx: Context, keep: Callable[[int], bool]) -> str:
    """The lower-cased lines ``keep`` takes, each between newlines as :attr:`Context.page`
    holds them all, for the furniture words to be sought in."""
    return "\n" + "\n".join(ctx.lower[i] for i in range(ctx.total) if keep(i)) + "\n"


MENU_ENTRIES = 5
"""Lines in a row of a word or two each, above the first line of prose: a menu."""
FOOTER_ENTRIES = 3
"""Such lines in a row below the last line of prose: a footer's or a sidebar's links."""
ENTRY_WORDS = 2
ENTRY_RUNS = 2
"""Finds the shape gives at most: the menu and the footer."""
LINE_WORDS = 8
"""Words of a line under which it is a footer's, a credit's or a link's, no sentence's."""


def _shaped_furniture(ctx: Context) -> int:
    """Furniture the page's shape shows in any language, where its words are none the
    furniture list knows ("Forsíða", "Nuusbrief"): a menu above the first line of prose and
    a footer's links below the last, one find each. A run of the article's own (a recipe's
    ingredients, a review's specifications, a table of contents) is none: its entries are
    words its prose says, or lines that come back among the article's.

    The prose is read twice. As every line of prose; and as the article's own, without the
    lines another family took (a copyright notice closing the page is a sentence too) and,
    under a page title naming the site, without a sentence in the page's first lines over
    the menu, a banner's (a cookie notice in words no list holds, "Spletna stran uporablja
    piškotke"). The second reading counts only where it shows the whole frame, a menu and a
    footer: in a clean article, the lead in its first lines over a list (a team, a table
    laid out one cell a line) would make the list a menu (session 28's review)."""
    total = ctx.total
    kinds = ctx.kinds
    prose = [i for i in range(total) if ctx.prose(i)]
    own = [i for i in prose if kinds[i] is None]
    if own and own[0] <= _BANNER_AT and kinds[0] == "title" and _NAMES_SITE.search(ctx.norm[0]):
        own = own[1:]
    framed = _shape(ctx, own)
    return framed if framed == 2 else _shape(ctx, prose)


def _shape(ctx: Context, prose: list[int]) -> int:
    """A menu above the first of ``prose`` and a footer below its last, one find each."""
    if not prose:
        return 0
    first, last = prose[0], prose[-1]
    said: set[str] = set()
    for i in prose:
        said.update(WORD.findall(ctx.lower[i]))
    inside = set(ctx.norm[first : last + 1])
    return (_entries(ctx, 0, first, said, inside) >= MENU_ENTRIES) + (
        _entries(ctx, last + 1, ctx.total, said, inside) >= FOOTER_ENTRIES
    )


_NAMES_SITE = re.compile(r" (?:\||-|–|—|::|·) [^|–—]{2,40}$")
"""A page title's site name after its separator ("… | Dnevni utrip")."""
_BANNER_AT = 2
"""Lines from the top a banner's sentence stands in, at the most: under the page's title."""


def _entries(ctx: Context, start: int, stop: int, said: set[str], inside: set[str]) -> int:
    """The longest run of lines of a word or two each, no sentence among them, that is no
    list of the article's own (half its entries or more words of its prose or lines of it)."""
    longest = 0
    run: list[int] = []
    words, norm = ctx.words, ctx.norm
    for i in [*range(start, stop), -1]:
        if i >= 0 and 0 < words[i] <= ENTRY_WORDS and not norm[i].endswith(SENTENCE_END):
            run.append(i)
            continue
        if len(run) > longest:
            echoed = sum(
                1
                for j in run
                if norm[j] in inside
                or any(w in said for w in WORD.findall(ctx.lower[j]) if not w.isdigit())
            )
            if echoed * 2 < len(run):
                longest = len(run)
        run = []
    return longest


def _menu_run(ctx: Context) -> bool:
    """Whether a short line is a menu run together ("News | Sport | Culture | Jobs")."""
    if "|" not in ctx.page:  # one memchr over the page: most pages hold no bar at all
        return False
    lower = ctx.lower
    return any(lower[i].count(" | ") >= MENU_RUN for i in ctx.short)


SMALL_SHORT = 5
"""Short lines a small page saved whole has at least, beside a menu run together."""
SMALL_FURNITURE = 4
"""Furniture words such a page shows at least (legal notice, privacy, ©, rights...)."""
MENU_RUN = 3
"""Bars a line holds to be a menu run together ("News | Sport | Culture | Jobs")."""


UNDER_HEADLINE = 4
"""Lines from the headline to the article's first, at the most, for a short article to count
as the one the headline heads (a byline, a date and a caption between)."""


def _masthead(ctx: Context) -> bool:
    """Whether the page opens as a whole page saved as text does, however small: the page's
    ``<title>`` with the site's name in it, then a masthead or a menu (any line: a menu run
    together, a breadcrumb trail), then the headline again without the site's name. An
    article's own text, cleaned or not, opens with its headline once, or with no headline at
    all; a reader's export may repeat its title under a byline and a date, but whole: no
    site's name comes with it."""
    return _masthead_kind(ctx) == "masthead"


def _masthead_kind(ctx: Context) -> str | None:
    """How the page opens as a whole page does (:func:`_masthead`): "masthead" where the
    headline's echo is the title's part, "fuller" where it says more than the part
    (:func:`head.holds_title_part`: the headline in full under a title shortening it, which
    :func:`fullpage` counts as furniture shown), else None. One reading of the echo for both
    (the lines walked once)."""
    kinds = ctx.kinds
    if not kinds or kinds[0] != "title":
        return None
    if kinds.count("title") < 2:  # a count in C: most titles have no echo
        return None
    echo = _headline(ctx)  # the headline's echo: the site's name may be echoed above it
    if echo is None or echo <= 1:
        return None
    headline, page_title = ctx.lower[echo], ctx.lower[0]
    if headline == page_title:
        return None  # a title naming no site: a reader's or a newsletter's export, whole
    if headline in page_title:
        return "masthead"
    return "fuller" if holds_title_part(headline, page_title) else None


def _labelled_furniture(ctx: Context) -> int:
    """What the other families found of a site's furniture: a list of three related links
    or more, and a share line that is more than a network's name ("Share This Story", not
    "Facebook", which the furniture words count already), count one each."""
    kinds = ctx.kinds
    found = 0
    if "share" in kinds and any(
        kind == "share" and low not in NETWORKS for kind, low in zip(kinds, ctx.lower, strict=True)
    ):
        found += 1
    run = 0
    for kind in kinds:
        run = run + 1 if kind == "related" else 0
        if run == 3:
            return found + 1
    return found


_UNMARKED = re.compile("[\u0e00-\u0eff\u1780-\u17ff]")
"""Thai, Lao and Khmer letters: scripts that end a sentence with a space, not a mark."""
UNMARKED_WORDS = 12
"""Words (a sixth of its signs) a line in such a script holds to be prose: two lines' worth."""
UNMARKED_RUN = 15
"""Signs between two spaces, on average, of prose in such a script: its words run together
up to a pause, where a menu's entries are a word or two each."""


def score(ctx: Context, index: int, unmarked_page: bool = True) -> int:
    """How much a line says 'article here' (positive) or 'page furniture here' (negative).

    ``unmarked_page``: whether the page may write its running text without closing marks
    (:func:`_writes_unmarked`); on a page that ends its sentences with "。", a long line of
    kana and Han without one is a headline, a tag line or a teaser, as everywhere else."""
    kinds = ctx.kinds
    if kinds[index] is not None:
        # A related list (two lines or more) is link furniture whoever labelled it: the
        # article does not run on across it to a teaser further down. A lone related line
        # (``Related: ...``) sits inside articles and counts for nothing.
        if kinds[index] == "related" and _in_a_list(kinds, index):
            return -LINE_PENALTY
        return 0
    text = ctx.lower[index]
    unmarked = False
    markup = "<" in text and _TAG.search(text) is not None
    if markup:
        # Raw markup a crawler kept as text (a tracking pixel's <div><img src=...>) is long
        # but says nothing: only the words outside its tags count.
        text = _TAG.sub(" ", text).strip()
        words = max(len(text.split()), len(text) // LETTERS_A_WORD)
        sentence = words >= 5 and text.endswith(SENTENCE_END)
    else:
        # A sentence in a script written without spaces (Chinese, Japanese) is one "word" by
        # white space: its length says how much it holds.
        words = max(ctx.words[index], len(text) // LETTERS_A_WORD)
        if unspaced(text, ctx.words[index]):  # few spaces: CJK?
            signs = len(IDEOGRAPHS.findall(text))
            words = max(words, signs // 2)
            unmarked = unmarked_page and _unmarked_clause(text, signs)
        elif unmarked_page and not text.isascii() and max(text) >= KANA:  # spaced clauses?
            unmarked = _unmarked_clause(text, len(IDEOGRAPHS.findall(text)))
        sentence = (
            ctx.prose(index)
            or (words >= 6 and text.endswith(SENTENCE_END))
            or (unmarked and ctx.words[index] >= CLAUSES)
        )
        if (
            not sentence
            and words >= UNMARKED_WORDS
            and _UNMARKED.search(text) is not None
            and len(text) >= UNMARKED_RUN * _worded_runs(text, ctx.words[index])
        ):
            sentence = True  # Thai, Lao and Khmer end no sentence with a mark
    if sentence or words >= 25:
        if not markup and _figures(text) * 2 > len(text.split()):
            return DATA_ROW  # an archive or a table squashed into one line: counts, not prose
        if not markup and (_listed(text) or _names_run_together(ctx.norm[index])):
            return -LINE_PENALTY  # names or tags run together: a list, not prose
        return max(1, words - PROSE_FLOOR)
    if not markup and words >= 4 and _figures(text) >= 3:
        return DATA_ROW  # a row of a table of figures: content, not a menu
    if not markup and _numeric(text):
        return 0  # a cell of a table laid out one cell a line ("13.4 MB (-81%)"): no menu
    if unmarked:
        return 0  # a blog's line of running text without marks: no menu, and no prose proved
    if _NUMBERED.match(text) or (ctx.words[index] <= SECTION_WORDS and _SECTION.match(text)):
        # An item of a numbered or bulleted list ("2. Software", "– Erdheilung") or of a table
        # of contents ("3.1 Firefox"): the text a crawler keeps of a menu has neither numbers
        # nor bullets.
        return 0
    return -LINE_PENALTY


def _worded_runs(text: str, runs: int) -> int:
    """The runs between spaces of a line (``runs`` of them) that hold a letter: a script that
    pauses with a space sets its figures apart with spaces too ("เก็บได้ราว 180 กิโลกรัม"),
    and a figure is no pause of the sentence."""
    if _DIGIT.search(text) is None:  # one C scan, not a Python loop over the signs
        return runs
    return sum(1 for run in text.split() if not run.replace(",", "").replace(".", "").isdigit())


KANA = "\u3040"
"""The first sign of the kana and Han blocks: a line holds none when all its signs are lower."""
UNMARKED_SIGNS = 16
"""Kana and Han signs a line with no closing mark holds, at least, to be running text: some
eight words' worth, more than a menu entry or a section's name says."""
CLAUSES = 2
"""Runs between spaces a line of such running text holds, at least, to be prose: clauses
paused with a space instead of a comma ("一波波 接續性 低溫寒流報到 已將新竹..."), as many
personal blogs write every line under their photographs."""


MARKED_LINES = 3
"""Lines of twenty signs or more ending in "。" that show a page ends its sentences with marks."""


def _writes_unmarked(ctx: Context) -> bool:
    """Whether a page may write its running text without closing marks: it ends fewer than
    :data:`MARKED_LINES` long lines with "。". A review found a portal's rails of headlines,
    its tag lines and its teasers, long lines of kana and Han with no mark, taken for a photo
    blog's lines on pages whose article marks every sentence; a blog that writes a line per
    photograph marks none."""
    if "。" not in ctx.page:  # one scan of the page: most pages hold none
        return True
    marked = 0
    for low in ctx.lower:
        if low.endswith("。") and len(low) >= 20:
            marked += 1
            if marked >= MARKED_LINES:
                return False
    return True


def _unmarked_clause(text: str, signs: int) -> bool:
    """Whether a Chinese or Japanese line is a clause of running text that ends with no mark:
    long, nearly all kana and Han, and not a teaser's headline cut short ("..." at its end).
    Such a line counts as no menu entry; paused inside (:data:`CLAUSES`), as prose."""
    if signs < UNMARKED_SIGNS or signs * 4 < len(text) * 3:
        return False
    return not text.endswith(("...", "…"))


def _listed_items(ctx: Context, scores: list[int]) -> Iterator[int]:
    """The items of a list the article leads in to with a colon, each carrying on its
    sentence ("judged on the following points: / the number of households...", "Основные
    этапы проекта: / обследование оборудования …;"): the text keeps no bullet, so each
    weighed as a menu entry, and the list and the paragraph under it went as navigation.

    Only under a lead-in: a rail's lower-case headlines ("iPhone 17 battery test", "eBay
    sellers report…"), Greek headlines asking a question (";") or a script's "…};" open
    with a small letter or end with a semicolon too, and outweighed, the stretch ran on
    through them (a review's probes)."""
    led = False
    kinds, norm, words = ctx.kinds, ctx.norm, ctx.words
    for index in range(ctx.total):
        if (
            led
            and kinds[index] is None
            and words[index] > SHORT_WORDS
            and scores[index] == -LINE_PENALTY
            and _goes_on(norm[index])
        ):
            yield index
            continue
        led = norm[index].endswith((":", "："))


def _goes_on(line: str) -> bool:
    """Whether a line reads as the continuation of a sentence: it opens with a small letter
    of a cased script or closes with a semicolon."""
    return line[:1].islower() or line.endswith((";", "；"))


def _holds_the_article(
    scores: list[int],
    span: tuple[int, int],
    feed: tuple[int, int] | None = None,
    least: int = MIN_ARTICLE,
) -> bool:
    """Whether a stretch is more than a blurb: a paragraph's worth of prose, and a fair share
    of all the prose on the page (where the prose is scattered, no stretch is the article).
    A feed of teasers found below it (``feed``, its first and last line) is no article prose
    that the stretch should share in: a short article over a long rail of excerpts."""
    held = [value for value in scores[span[0] : span[1] + 1] if value > 0]
    prose = sum(held)
    page = sum(v for v in scores if v > 0)
    if feed is not None:
        page -= sum(v for v in scores[feed[0] : feed[1] + 1] if v > 0)
    return prose >= least and prose >= MIN_PROSE_SHARE * page


def _listed(text: str) -> bool:
    """Whether most words end with a comma ("kira, jenny, nicarose24, ..."): a list.

    Prose puts a comma after one word in ten or so; a list of names, tags or places after
    every item.
    """
    commas = text.count(", ") + text.endswith(",")
    if commas >= 5 and commas * 2 >= len(text.split()):
        return True
    # A menu run together with separators ("International ▪ Politique ▪ Société ▪ ...", "CGV |
    # Mentions légales | Qui sommes-nous ?"): items of three words or fewer, five or more.
    marks = len(_SEPARATOR.findall(text))
    return marks >= 4 and (marks + 1) * 3 >= len(text.split()) - marks


def _names_run_together(text: str) -> bool:
    """Whether a long line is capitalised names that hardly ever pause: a select box.

    A country or language picker flattened to text ("Afghanistan Albania Algeria ...") is
    hundreds of words with a stray comma or two ("Macedonia, F.Y.R. of"), and headlines run
    together ("How Stores Manipulate Your Senses How to ...") never pause. Running prose pauses
    every twenty words or so and most of its words are lower case, German's nouns included;
    and a sentence, even one full of names ("Former Manchester United and England captain
    David Beckham was named ..."), ends like one. Scripts without case never match.
    """
    if text.endswith(SENTENCE_END):
        return False
    tokens = text.split()
    if len(_PAUSE.findall(text)) * 25 > len(tokens):
        return False
    return sum(1 for token in tokens if token[:1].isupper()) * 2 >= len(tokens)


def _numeric(text: str) -> bool:
    """Whether most of a line's letters and digits are digits."""
    if _DIGIT.search(text) is None:  # most lines: one C-speed search
        return False
    return len(_DIGIT.findall(text)) * 2 >= len(_ALNUM.findall(text))


def _figures(text: str) -> int:
    """How many of a line's tokens are figures ("2016", "(3)", "12,5")."""
    return 0 if _DIGIT.search(text) is None else len(_FIGURE.findall(text))


def _in_a_list(kinds: list[str | None], index: int) -> bool:
    return (index > 0 and kinds[index - 1] == "related") or (
        index + 1 < len(kinds) and kinds[index + 1] == "related"
    )


def best_stretch(scores: list[int]) -> tuple[int, int] | None:
    """The segment with the largest sum (Kadane), or None when nothing scores above zero."""
    best = 0
    best_span: tuple[int, int] | None = None
    running = 0
    start = 0
    for index, value in enumerate(scores):
        if running <= 0:
            running, start = value, index
        else:
            running += value
        if running > best:
            best, best_span = running, (start, index)
    return best_span


def anchored_stretch(scores: list[int], headline: int) -> tuple[int, int] | None:
    """The article under its headline: from the first line of prose after the repeated
    title to wherever the running score peaks."""
    start = next((i for i in range(headline + 1, len(scores)) if scores[i] > 0), None)
    if start is None:
        return None
    return start, _peak(scores, start, len(scores))


def _peak(scores: list[int], start: int, stop: int) -> int:
    """Where the running score from ``start`` (up to ``stop``) is highest: the article's end
    when it starts at ``start`` (``start`` itself when nothing after it adds)."""
    best = running = 0
    end = start
    for index in range(start, stop):
        running += scores[index]
        if running > best:
            best, end = running, index
    return end


def _stretch(scores: list[int], headline: int | None) -> tuple[int, int] | None:
    """The article's stretch: under the headline, or where the prose is densest when there is
    no headline.

    When the stretch from the first line under the headline holds no line of prose at all (a
    byline with its date, then a table of contents whose entries outweigh the short
    paragraphs below), that line said nothing of where the article is, and the densest
    stretch is taken. When it holds too little of the page's prose, the densest stretch is
    taken only if it runs through the text under the headline (the title echoed at the foot
    of the page, "DER SPIEGEL 52/2018", is no headline: the article above it runs down to
    it); a stretch elsewhere, a blurb above or the next story below, never replaces it.
    """
    if headline is None:
        return best_stretch(scores)
    span = anchored_stretch(scores, headline)
    if span is None or max(scores[span[0] : span[1] + 1]) <= DATA_ROW:
        return best_stretch(scores)
    if _holds_the_article(scores, span):
        return span
    best = best_stretch(scores)
    if best is not None and best[0] <= span[0] <= best[1]:
        return best
    return span


def fullpage(ctx: Context) -> Iterator[Match]:
    """Navigation and footer runs around the article of a page saved whole."""
    kind = _masthead_kind(ctx)
    masthead = kind == "masthead"
    # A headline said in full under a title shortening it (:func:`head._fuller_echo`) shows
    # the page whole as a masthead does, read as a furnished page's (session 29's review:
    # small pages kept their menus): the small page's reading runs on to its last prose.
    furnished = _furnished(ctx) or kind == "fuller"
    if not (masthead or furnished):  # is_full_page, each half kept for below
        return
    total = ctx.total
    unmarked = _writes_unmarked(ctx)
    scores = [score(ctx, i, unmarked) for i in range(total)]
    for index in _joined_copies(ctx):
        scores[index] = 0
    for index in _listed_items(ctx, scores):
        scores[index] = 0
    headline = _headline(ctx)
    span = _stretch(scores, headline)
    if span is None:
        return
    first, last = span
    # A copyright notice or a footer closes the site's page: the article ends before it, so
    # the stretch is sought again among the lines above.
    closing = next(
        (i for i in range(first + 1, last + 1) if ctx.kinds[i] in ("copyright", "footer")), None
    )
    if closing is not None:
        span = _stretch(scores[:closing], headline)
        if span is None:
            return
        first, last = span
    if not furnished:
        last = _to_the_last_paragraph(ctx, scores, last)
    else:
        last = _resumed(ctx, scores, last)
    stretch_end = last
    last = _before_teasers(ctx, scores, first, last)
    last = _before_thread(ctx, scores, first, last)
    last = _before_dated_feed(ctx, scores, first, last)
    last = _before_repeated_template(ctx, scores, first, last)
    last = _before_next_story(ctx, scores, first, last)
    feed = (last + 1, stretch_end) if last < stretch_end else None
    # Right under a masthead's headline (the title, a menu, the headline again), the page
    # says where its article is: a short one (four short paragraphs) is the article still,
    # when no prose worth a paragraph follows it (an intro over a fact box, with the article
    # going on below, is no short article). A blurb far below the headline is not.
    under = headline is not None and 0 < first - headline <= UNDER_HEADLINE
    after = sum(v for v in scores[stretch_end + 1 :] if v > 0)
    short = MIN_ARTICLE // 3
    least = short if under and after < short and masthead else MIN_ARTICLE
    if not _holds_the_article(scores, (first, last), feed, least):
        return  # nothing here reads as the article: better the page whole than a blurb
    if first > 0 and ctx.words[first - 1] <= LEAD_IN_WORDS and ctx.norm[first - 1].endswith(":"):
        first -= 1  # "Leitsätze des Gerichts:", "What we know:": it introduces the article
    yield from _runs(ctx, 0, first, "navigation")
    yield from _runs(ctx, last + 1, total, "navigation")


LONE_PROSE = 8
"""What a lone line of prose below the stretch scores to take the article on to it: some 16
words, a closing paragraph's; a reader's comment or a profile line is shorter."""


def _to_the_last_paragraph(ctx: Context, scores: list[int], last: int) -> int:
    """On a small page known by its masthead alone, the article runs to its last paragraph.

    Such a page (a mobile or AMP edition) has little around its article but the masthead and
    a line or two of footer, and inside the article a table or a list costs the stretch
    more than the paragraph after it brings back: the results table and the paragraph under
    it went. The article ends at the last paragraph before the page's footer, a copyright
    line or a list of related links, whatever lies between: prose as an article's resumes,
    two lines of more than a data row's weight in a row, one line of a long sentence's
    weight, or a short one under a list the article leads in to (:func:`_after_a_list`). A
    lone short sentence below (a reader's comment, the blogger's profile line) is not the
    article going on; nor, a review found, a short closing line under a subheading or a
    table (a phrase in sentence case over it, taken for a subheading, also let the lines
    under a teaser's heading in)."""
    kinds = ctx.kinds
    total = ctx.total
    end = last
    for index in range(last + 1, total):
        if _page_closes(kinds, index):
            break
        if scores[index] >= LONE_PROSE or (
            scores[index] > DATA_ROW and index + 1 < total and scores[index + 1] > DATA_ROW
        ):
            end = index
        elif scores[index] > DATA_ROW and scores[index - 1] > DATA_ROW and index - 1 > last:
            end = index  # the second of two lines of prose in a row
    return _after_a_list(ctx, scores, end)


def _page_closes(kinds: list[str | None], index: int) -> bool:
    """Whether a line closes the site's page under its article: a footer, a copyright line
    or a list of related links."""
    kind = kinds[index]
    return kind in ("copyright", "footer") or (kind == "related" and _in_a_list(kinds, index))


def _after_a_list(ctx: Context, scores: list[int], end: int) -> int:
    """The article's closing line under a list it leads in to ("Bring: / a torch / warm
    socks / We meet at the gate at six."): two unlabelled lines or more between, one of them
    (or the last line of prose) a lead-in ending with a colon and holding no figure. A
    commenter's name under a count of comments is no lead-in."""
    kinds = ctx.kinds
    for index in range(end + 1, ctx.total):
        if _page_closes(kinds, index):
            break
        if scores[index] <= 0:
            continue
        gap = range(end + 1, index)
        if (
            len(gap) >= RESUMED_LINES
            and all(kinds[line] is None for line in gap)
            and any(
                ctx.norm[line].endswith((":", "：")) and _DIGIT.search(ctx.norm[line]) is None
                for line in (end, *gap)
            )
        ):
            end = index
        else:
            break
    return end


RESUMED_LINES = 2
"""Lines of prose in a row that take the article up again below a block of data lines."""


def _resumed(ctx: Context, scores: list[int], last: int) -> int:
    """Where the article ends when a block of data inside it (a recipe's quantities and
    times, a specification table, a league table) cost the stretch more than the paragraphs
    under it brought back.

    Each short line counts as a menu entry, so twenty lines of a recipe card outweigh the
    four steps below them. The article goes on past such a block when it reads as data, not
    as the site's: half its lines or more hold a figure (a menu's entries hold none), no line
    of it was labelled by the other rules (a share line, a date, a related heading, a
    comment's byline) or holds a furniture word; and when below it the prose resumes as an
    article's does, two lines of it in a row or one of a paragraph's weight, under no
    headline (a results rail, then a teaser's headline and summary, is the site's).
    """
    kinds = ctx.kinds
    total = ctx.total
    end = last
    index = last + 1
    while index < total:
        if _lone_read_also(kinds, index):
            index += 1  # "Read also: ..." between the lead and a recipe card: the article's
        start = index
        figures = 0
        while index < total and scores[index] <= DATA_ROW:
            if kinds[index] is not None or _furniture_line(ctx.lower[index]):
                return end
            figures += _DIGIT.search(ctx.lower[index]) is not None
            index += 1
        if figures * 2 < index - start:
            return end
        above = index - 1
        if ctx.words[above] > SHORT_WORDS and _DIGIT.search(ctx.lower[above]) is None:
            return end  # a headline over the prose below: the next story's teaser, not a step
        run = index
        while run < total and scores[run] > DATA_ROW:
            run += 1
        if run - index < RESUMED_LINES and (index >= total or scores[index] < PARAGRAPH):
            return end
        end = index = run - 1
        index += 1
    return end


def _lone_read_also(kinds: list[str | None], index: int) -> bool:
    """Whether a line is one related link standing alone, the line after it unlabelled: a
    "Read also:" line an article sets between its paragraphs, not a list of links."""
    return (
        index + 1 < len(kinds)
        and kinds[index] == "related"
        and kinds[index + 1] is None
        and (index == 0 or kinds[index - 1] != "related")
    )


def _furniture_line(lower: str) -> bool:
    """Whether a line holds one of a site's furniture words (at a line's start where the
    word is one only there)."""
    probe = f"\n{lower}\n"
    return any(needle in probe for needle in FURNITURE)


SECTION_WORDS = 4
"""Words a bare-numbered line may have to be a contents entry ("1 History"), not a teaser
("5 things to know about the new timetable")."""
FEED_ITEMS = 3
PARAGRAPH = 20
"""A line scoring this much is a paragraph of the article, not a blurb: a line's score is its
words less ``PROSE_FLOOR`` (see :func:`score`), so about 28 words."""
AUTHOR_WORDS = 6
"""Words a teaser's author line may have ("Anthony, Maya, Nadine, and Caroline Ghosn")."""
_MARKER_REACH = 3
"""Lines a feed's first teaser may lie below the line that opens it, and lines (a date, a
category, an author) between one teaser's summary and the next headline."""
_FURNITURE_REACH = 4
"""The same, under share buttons or a related heading beside them: teasers there may print a
date and a category above the headline and the author below the summary."""
_FEED_GAP = 8
"""Lines from one dated teaser's summary to the next's, at most, for the two to be a feed."""


def _before_thread(ctx: Context, scores: list[int], first: int, last: int) -> int:
    """Where the article ends when a thread of reader comments follows it inside the stretch.

    A comment is prose and outweighs the few short lines between it and the article (a
    post's footer, its tags), so the stretch ran on through the thread. A heading that
    counts the comments ("5 comentarios:", "Komentarze (2)") opens a thread, once a
    paragraph's worth of the article lies above it: the count under a headline ("12
    comments" beside the byline) has the whole article below it instead."""
    held = 0
    for index in range(first, last + 1):
        if held >= MIN_ARTICLE and thread_count(ctx.lower[index]):
            return max(i for i in range(first, index) if scores[i] > 0)
        held += max(scores[index], 0)
    return last


def _before_teasers(ctx: Context, scores: list[int], first: int, last: int) -> int:
    """Where the article ends when share buttons or a related heading, then a feed of
    teasers, follow it inside the stretch.

    Each teaser's summary outweighs its headline's penalty, so the stretch runs on through
    the feed. Three pieces of evidence together end the article: a line the other rules took
    for share buttons or related links; right after it, three teasers or more in a row (a
    headline of five words or more, then a lone line of prose); and more prose above it than
    below (share buttons under an article's lead come before most of the article).

    Below share buttons or related links, a widget's label ("Advertisement") may open the
    feed instead, however far down, when no paragraph lies between them: the article then
    ends where its prose peaks above the label (the lists between are the site's). An ad's
    label inside an article, with no share line or related link above it, or with the
    article's paragraphs going on under a "Read more:" line first, opens no feed: a
    listicle's sections run on under it.

    Share buttons end the article too when what follows them is calls to action: blurbs with
    a button among them ("Go to the forum"), no line weighing a paragraph, together a quarter
    of the prose above or less. Short closing paragraphs under a share line, with no button
    between them, stay; so does anything under a lone "Read more:" line, which sits inside
    articles.
    """
    kinds = ctx.kinds
    prose: list[int] = []  # running sums of the prose, made for the first candidate
    tail_best: list[int] = []  # the best score from each line of the stretch to its end
    tail_button: list[bool] = []  # whether a line from there to the end counts against
    ended = False  # whether share buttons or related links came before: the article ended
    for index in range(first + 1, last + 1):
        kind = kinds[index]
        if ended and kind is None and scores[index] >= PARAGRAPH:
            ended = False  # a paragraph under the share or related line: the article went on
        if kind not in ("share", "related") and (kind != "boilerplate" or not ended):
            continue
        ended = True
        if not prose:
            span = scores[first : last + 1]
            prose = [0]
            for value in span:
                prose.append(prose[-1] + max(value, 0))
            tail_best = [0] * (len(span) + 1)
            tail_button = [False] * (len(span) + 1)
            for at in range(len(span) - 1, -1, -1):
                tail_best[at] = max(span[at], tail_best[at + 1])
                tail_button[at] = span[at] < 0 or tail_button[at + 1]
        above = prose[index - first]
        below = prose[-1] - above
        after = index + 1 - first
        if (
            kind == "share"
            and below * 4 <= above
            and tail_best[after] < PARAGRAPH
            and tail_button[after]
        ):
            return index - 1  # below the buttons, calls to action with their buttons
        # Teasers need headlines of five words or more: an article's sections, a four-word
        # heading over a paragraph each, sit under a lone "Related: ..." line or mid-article
        # share buttons too. Beside share buttons or another related line, a feed whose
        # teasers carry their dates (two at least) may have four-word headlines.
        items = _feed(scores, ctx.words, index + 1, last, SHORT_WORDS + 1, _MARKER_REACH)
        furniture = (kinds[index - 1] in ("share", "related")) or (
            index + 1 < len(kinds) and kinds[index + 1] in ("share", "related")
        )
        if furniture and len(items) < FEED_ITEMS:
            dated = _feed(scores, ctx.words, index + 1, last, SHORT_WORDS, _FURNITURE_REACH)
            if len(dated) >= FEED_ITEMS and _dates_among(kinds, index + 1, dated[-1]) >= 2:
                items = dated
        if len(items) < FEED_ITEMS:  # (the first item is sought only near the line)
            continue
        # More prose above than below: the article ends here. (Share buttons under an
        # article's lead, with its sections below them, are not its end.) Under a related
        # list's heading ("More news", not an inline "Read more: ..." link), teasers that
        # carry how long ago they were posted ("2h ago") are a feed however long: a short
        # article's rail of excerpts outweighs it. (Calendar dates do not count: a
        # chronology's sections carry them.)
        timed = (
            kind == "related"
            and related_header(ctx.lower[index])
            and _times_among(ctx, index + 1, items[-1]) >= 2
        )
        if above * 2 >= prose[-1] or timed:
            # Under a widget's label, the article ended earlier, where its prose peaked.
            return index - 1 if kind != "boilerplate" else _peak(scores, first, index)
    return last


TEMPLATE_COPIES = 3
"""Copies of one line that make it a template's: an article does not say a line three times."""
TEMPLATE_WORDS = (2, 12)
"""Words such a line has: a button's or a teaser's label, not a word alone ("Photo")."""


NEXT_STORY_LINKS = 2
"""Related or share lines between the article and the next story's byline: a list of them
("More from …", its links, "Up next"), not one "Read more:" line."""
NEXT_STORY_PARAGRAPHS = 2
"""Lines of prose above a second story's byline, and paragraphs under it, that make two
stories."""


def _before_next_story(ctx: Context, scores: list[int], first: int, last: int) -> int:
    """Where the article ends when the next story follows it inside the stretch: an
    endless-scroll page prints related links ("More from Highlands & Islands", "Up next"),
    then the next story's headline, its byline and its paragraphs, whose prose carries the
    stretch on. The evidence together: a line the other rules took for a byline, two lines
    of the article's prose or more above it and two paragraphs of another story under it, and
    between the article's last line of prose and the byline two related or share lines or
    more and no prose. A byline closing the article has no story under it; "Read more:" inside the
    article has the article's prose after it, not a byline."""
    kinds = ctx.kinds
    for index in range(first + 1, last + 1):
        if kinds[index] != "byline":
            continue
        end = index - 1
        while end > first and (scores[end] <= 0 or kinds[end] is not None):
            end -= 1  # the article's last line of prose above the byline
        between = kinds[end + 1 : index]
        if between.count("related") + between.count("share") < NEXT_STORY_LINKS:
            continue  # a lone "Read more:" inside the article, over a box of its own
        above = sum(1 for i in range(first, end + 1) if scores[i] > 0 and kinds[i] is None)
        below = sum(1 for i in range(index + 1, last + 1) if scores[i] >= PARAGRAPH)
        if above >= NEXT_STORY_PARAGRAPHS and below >= NEXT_STORY_PARAGRAPHS:
            return end
    return last


def _before_repeated_template(ctx: Context, scores: list[int], first: int, last: int) -> int:
    """Where the article ends when a feed printed from one template follows it inside the
    stretch: a line no rule took, said three times or more below the article's first line
    ("More about badges | Request a badge" closing each entry of a comment policy's glossary,
    "Continue reading" under each teaser, "Name says:" opening each comment). Where the line
    closes its entries (no prose follows its last copy), the feed starts with the first
    copy's entry: the lines above the first copy, as many as lie between two copies, when
    they have the shape of those above the second (a headline over a summary). Where it
    opens them, the feed starts with the first copy, and the article's last lines stay. The
    article ends where its prose peaks above the feed, when it holds more prose than the
    feed does: a listicle whose every item carries the same button is the article."""
    kinds, norm, words = ctx.kinds, ctx.norm, ctx.words
    low, high = TEMPLATE_WORDS
    copies: dict[str, list[int]] = {}
    for index in range(first + 1, last + 1):
        if kinds[index] is None and low <= words[index] <= high and scores[index] <= 0:
            copies.setdefault(norm[index], []).append(index)
    found = min((c for c in copies.values() if len(c) >= TEMPLATE_COPIES), default=None)
    if found is None:
        return last
    one, two, end = found[0], found[1], found[-1]
    period = two - one
    start = one
    closes = end + 1 >= len(scores) or scores[end + 1] <= 0
    if (
        closes
        and one - period + 1 > first
        and all((scores[one - k] > 0) == (scores[two - k] > 0) for k in range(1, period))
    ):
        start = one - period + 1
    above = sum(value for value in scores[first:start] if value > 0)
    below = sum(value for value in scores[start : last + 1] if value > 0)
    if above < below:
        return last
    return _peak(scores, first, start)


def _times_among(ctx: Context, start: int, stop: int) -> int:
    """How many lines from ``start`` to ``stop`` say how long ago something was posted."""
    kinds, lower = ctx.kinds, ctx.lower
    return sum(
        1
        for index in range(start, stop)
        if kinds[index] == "dateline" and RELATIVE_TIME.fullmatch(lower[index])
    )


def _dates_among(kinds: list[str | None], start: int, stop: int) -> int:
    """How many lines from ``start`` to ``stop`` the other rules took for a date or byline."""
    return sum(1 for kind in kinds[start:stop] if kind in ("dateline", "byline"))


def _before_dated_feed(ctx: Context, scores: list[int], first: int, last: int) -> int:
    """Where the article ends when a feed of signed and dated teasers follows it inside the
    stretch.

    A teaser printed whole is a headline of five words or more, a line with its author, a
    line the other rules took for its date (or byline), then one line of summary; a site's
    "more from us" feed prints one after another. An article's sections do not each carry an
    author and a date (a timeline's carry a date only), so three such teasers in a row end the
    article, at the point above the first headline where the running score peaks (tags and a
    "more from" heading between the two go with the feed). The prose above the first must
    outweigh what the three hold: a page that is a feed and nothing else has no article to
    end.
    """
    kinds, words = ctx.kinds, ctx.words
    dated = ("dateline", "byline")
    start = previous = -1  # the first teaser's headline, the last one's summary
    count = 0
    index = first + 3
    while index <= last:
        head = index - 3
        if (
            scores[index] > 0
            and kinds[index - 1] in dated
            and scores[index - 2] <= 0
            and words[index - 2] <= AUTHOR_WORDS
            and head > first
            and scores[head] < 0
            and words[head] > SHORT_WORDS
        ):
            # One odd teaser between two (a question for a headline) does not end the run.
            if count == 0 or index - previous > _FEED_GAP:
                start, count = head, 0
            count += 1
            previous = index
            if count >= FEED_ITEMS:
                break
        index += 1
    else:
        return last
    above = sum(value for value in scores[first:start] if value > 0)
    if above < sum(value for value in scores[start : previous + 1] if value > 0):
        return last  # no more above than three teasers hold: not an article and its feed
    return _peak(scores, first, start)


def _feed(
    scores: list[int], words: list[int], start: int, stop: int, headline: int, reach: int
) -> list[int]:
    """The first summaries (up to ``FEED_ITEMS``) of a run of teasers starting within
    ``reach`` lines of ``start``: lone prose lines, each under a headline line of ``headline``
    words or more (a section's heading is a word or two), up to ``reach`` lines apart."""
    found: list[int] = []
    index = start
    while index <= stop and len(found) < FEED_ITEMS:
        lone = (
            index > 0
            and scores[index] > 0
            and scores[index - 1] < 0
            and words[index - 1] >= headline
            and (index + 1 > stop or scores[index + 1] <= 0)
        )
        if lone:
            found.append(index)
            index += 2
        elif found and scores[index] <= 0 and index - found[-1] <= reach:
            index += 1  # a date or a category line between two teasers
        elif not found and index - start < reach:
            index += 1
        else:
            break
    return found


COPY_CHARS = 500
_KEY = 30
_BUCKET = 16


def _joined_copies(ctx: Context) -> list[int]:
    """Long lines that repeat the page's own paragraphs run together.

    Structured data printed as text (a ``articleBody`` in hidden markup) copies the whole
    article onto one line: it starts with one of the page's paragraphs and runs on past it.
    Weighed as prose it would outweigh the article it copies and pull the stretch to itself.
    """
    norm = ctx.norm
    long = [i for i in range(len(norm)) if len(norm[i]) >= COPY_CHARS]
    if not long:
        return []
    # The page's distinct lines by their first characters: a line repeated a thousand times
    # is one candidate, not a thousand. A paragraph shares its opening with few others; a
    # hostile page's thousands of lines on one opening are held to the first few, so that
    # the work stays linear (a copy of such a paragraph may then go unnoticed).
    starts: dict[str, list[str]] = {}
    for line in dict.fromkeys(norm):
        if len(line) >= _KEY:
            bucket = starts.setdefault(line[:_KEY], [])
            if len(bucket) < _BUCKET:
                bucket.append(line)
    return [
        i
        for i in long
        if any(
            len(other) * 2 < len(norm[i]) and norm[i].startswith(other)
            for other in starts.get(norm[i][:_KEY], ())
        )
    ]


def _headline(ctx: Context) -> int | None:
    """The line that repeats the article's headline, of the lines echoing the page title
    (:func:`head.headline_echo`: the one right above the article's prose)."""
    return headline_echo(ctx, [i for i in range(1, ctx.total) if ctx.kinds[i] == "title"])


def _runs(ctx: Context, start: int, stop: int, kind: str) -> Iterator[Match]:
    index = start
    while index < stop:
        if not ctx.free(index):
            index += 1
            continue
        end = index
        while end + 1 < stop and ctx.free(end + 1):
            end += 1
        run_kind = kind
        if kind == "navigation" and any(
            needle in ctx.lower[i] for i in range(index, end + 1) for needle in LEGAL
        ):
            run_kind = "footer"
        yield Match(run_kind, index, end)
        index = end + 1
