"""Image captions and photo credits, wherever they sit.

* A **credit** line is only a credit: ``Photo Credit: Name / Flash 90``, ``Photo: Name, AP``,
  ``Image copyright Getty Images``, ``Name | Bloomberg | Getty Images``, ``Foto: Name | flickr
  | CC BY 2.0`` (a licence or photo site may follow the name).
* A **caption** ends with one: ``... in Rome. (AP Photo/Name)``, ``... (Name/AFP)``,
  ``... 2014. Reuters/Name``, ``... treatment Credit: EPA``, ``... (Image: Getty)``.
* Around a credit line, its caption: a short line right before it that does not end like a
  sentence (``Eastport goalkeeper Ana Ruiz`` above ``Name, Associated Press``), or right after
  a credit opening with its label (``Photo Credit: Name`` over ``Dock cranes at dusk``).
* Gallery copies: a caption shown twice (collapsed ``... more`` and expanded ``... less``) and
  every verbatim repeat of a caption (one recognised by its own credit or toggle) or credit are
  captions and credits too.

The credit must be where credits go (the end of the line, in the agency's format), so a body
sentence that mentions Reuters or a photo stays in the body, and so do names listed under a
lead-in ("Among them:" over "Reuters", "Bloomberg News") and "Credit Suisse".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import (
    LETTERS_A_WORD,
    LINE_CACHE,
    SENTENCE_END,
    Context,
    Prefixes,
    caseless,
    rows_holding,
)
from corpuskit_plugins.generic.share import NETWORKS, VERBS

MAX_CAPTION_WORDS = 80
MAX_CREDIT_WORDS = 16

AGENCIES = (
    "ap photo",
    "ap images",
    "associated press",
    "afp",
    "getty",
    "reuters",
    "epa",
    "efe",
    "flash90",
    "flash 90",
    "shutterstock",
    "istock",
    "alamy",
    "xinhua",
    "anadolu",
    "pa images",
    "pa wire",
    "pa media",
    "bloomberg",
    "zuma",
    "sipa",
    "ansa",
    "dpa",
    "kyodo",
    "yonhap",
    "picture alliance",
    "nurphoto",
    "flickr",
    "unsplash",
    "pixabay",
    "wikimedia commons",
    "wireimage",
    "imago",
    "rex features",
    "handout",
    "courtesy",
)
AGENCY_PHRASES = tuple(a for a in AGENCIES if " " in a)
AGENCY_WORDS = frozenset(a for a in AGENCIES if " " not in a) | {"ap", "getty", "images"}
_TOKENS = re.compile(r"[\s,/|()]+")
_AGENCY = "|".join(re.escape(a) for a in AGENCIES) + r"|ap"
# Lower-cased credit starts: the whole line is then a credit.
CREDIT_STARTS = (
    "photo:",
    "photos:",
    "photo credit",
    "photo by ",
    "photos by ",
    "photograph:",
    "photograph by ",
    "photography:",
    "photography by ",
    "photo illustration",
    "image:",
    "images:",
    "image credit",
    "image copyright",
    "image source:",
    "image by ",
    "image courtesy",
    "picture:",
    "pictures:",
    "picture by ",
    "pic:",
    "credit:",
    "credits:",
    "foto:",
    "fotos:",
    "bild:",
    "bildquelle:",
    "illustration:",
    "illustration by ",
    "courtesy of ",
    "courtesy photo",
    "file photo",
    "(photo",
    "(image",
    "(credit",
    "(courtesy",
    "source: getty",
    "© ",
)
FOREIGN_CREDIT_STARTS = (
    *("фото:", "fotoğraf:", "ảnh:", "फोटो:", "fot. ", "zdjęcie:", "kuva:", "φωτο:", "צילום:"),
    *("تصوير:", "사진=", "사진:", "写真：", "写真:", "照片：", "摄影：", "攝影："),
    *("ภาพ:", "ภาพ :", "عکس:", "عکس :"),  # Thai, Persian
)
"""A credit's opening in the other languages corpora are built from: a credit only when a
name follows, not a sentence ("Фото: в редакцию прислали снимки…", "照片：本报记者在现场看到…")."""
FOREIGN_CREDIT_WORDS = 8
"""Words after such an opening at most: a name or two and an agency."""
_WIRE_CAPTION = re.compile(
    r"in (?:this|these|an?) (?:[\w.,’'-]+ ){0,5}?(?:photos?|images?|pictures?|photographs?"
    r"|frame grab|video grab|screen ?grab|still image)(?:,| (?:provided|taken|released|made"
    r"|shot|obtained|posted|distributed)\b)"
)
"""How a wire service opens a caption: 'In this Dec. 12, 2006, file photo, ...', 'In this
image made from video, ...', 'In this photo provided by ...': the picture named in the first
words, then a comma or how it was made."""
_COUNTER = re.compile(
    r"\d{1,3}(?: ?(?:of|/) ?\d{1,3})?|(?:image|photo|picture|slide) \d{1,3} (?:of|/) ?\d{1,3}"
)
"""A gallery's counter between a caption and its credit: "1 of 3", "Image 2/12", a bare "0"."""
MAX_WIRE_CAPTION_WORDS = 60
CAPTION_STARTS = ("image caption ", "media caption ", "caption:", "pictured:", "above:")
_PAREN_CREDIT = re.compile(
    r"\((?:(?:getty images|getty|afp|shutterstock|istock|handout|courtesy|file photo)"
    r"|(?:" + _AGENCY + r")\b ?/[^()]*"
    r"|[^()]*\bfoto(?:\s*[:/=]|\s+(?:arquivo|archivo|archivio|archiv|archief|istimewa|ilustrasi"
    r"|dok|dokumen|privat|pribadi|divulga[cç][aã]o|reprodu[cç][aã]o)\b)[^()]*"
    r"|[^()]*(?:photo|image|credit|courtesy|picture|illustration|screenshot|screengrab)[^()]*"
    r"|[^()]*/ ?(?:" + _AGENCY + r")\b[^()]*)\)\W{0,2}\Z"
)
"""A parenthesised credit closing the line: '(AP Photo/Name)', '(Name/AFP)', '(Image: Getty)',
'(foto: dokumen pribadi)' (the word "foto" as a credit's label, or before "archive",
"private": not "(ver foto)", "(foto di gruppo)", "(fotovoltaica)": session 29's review),
matched from the last '(' of the lower-cased line; only whether it matches is asked.

The forms opening with the agency come first: a wire caption's credit ('(Reuters/Name)',
'(AP Photo/Name)') matches one of them at once, where the forms opening with ``[^()]*`` try
their words at every character back from the bracket's end first (about half of the
match's cost on such a caption). The order of an alternation changes where a match is found,
never whether one is."""
# A name as credits write it, checked on the cased line: 'Omar Al-Haddad', 'Getty - Contributor'.
_NAME = re.compile(
    r"[A-Z][\w'’.-]*(?:(?: ?[,/|&-] ?| )(?:[A-Z][\w'’.-]*|de|da|van|von|al|el|la|le|of|and|via))*"
    r"\.?\s?\Z"
)
SLASH_AGENCIES = (
    "ap photo",
    "reuters",
    "afp",
    "epa",
    "getty images",
    "flash90",
    "flash 90",
    "xinhua",
    "anadolu",
)
AGENCIES_AFTER_SLASH = frozenset(
    [
        "afp",
        "reuters",
        "ap",
        "getty",
        "getty",
        "images",
        "epa",
        "flash90",
        "flash",
        "90",
        "shutterstock",
        "istock",
        "bloomberg",
        "afp",
        "via",
        "getty",
        "images",
        "ap",
        "photo",
    ]
) | {"getty images", "flash 90", "afp via getty images", "ap photo"}
FOREIGN_MARKERS = frozenset(
    (
        *("fot", "fotoğraf", "фото", "фотография", "ảnh", "फोटो", "zdjęcie", "kuva", "φωτο"),
        *("φωτογραφία", "צילום", "تصوير", "사진", "写真", "照片", "摄影", "攝影", "ภาพ", "عکس"),
    )
)
"""The words for "photo" beyond English and German: a credit after one must open a sentence
of its own (:func:`_opens_credit`)."""
_MARKERS = (
    *("credit", "photo", "image", "picture", "foto", "bild", "fot", "фото", "ảnh", "फोटो"),
    *("zdjęcie", "kuva", "φωτο", "צילום", "تصوير", "사진", "写真", "照片", "摄影", "攝影"),
    *("ภาพ", "عکس"),
)
"""The stems a credit opens with, English and the 'Foto:' / 'Bild:' of German, Dutch,
Spanish, Italian and most of Europe, Polish "Fot.", and the words for "photo" of the other
languages corpora are built from ("Фото:", "Fotoğraf:", "Ảnh:", "फोटो:", "צילום:",
"사진=", "写真：")."""
MARKER_WORDS = frozenset(
    (
        *("credit", "credits", "photo", "photos", "photograph", "photographs", "photographer"),
        *("photography", "image", "images", "imagen", "imagem", "picture", "pictures"),
        *("foto", "fotos", "fotograf", "fotografie", "fotografin", "fotografía", "fotografia"),
        *("bild", "bilder", "bildquelle", "fotoğraf", "фото", "фотография", "ảnh", "फोटो"),
        *("zdjęcie", "kuva", "φωτο", "φωτογραφία", "צילום", "تصوير", "사진", "写真", "照片"),
        *("摄影", "攝影", "ภาพ", "عکس"),
    )
)
"""The whole words those stems open a credit as: not 'Bildung:', 'Fotovoltaik:' or 'Carl
Bildt:', which German capitalises like a name after them."""
_WORD = re.compile(r"[^\W\d_]+")


def _marker_word(low: str, mark: int) -> bool:
    """Whether the credit stem at ``mark`` is one of :data:`MARKER_WORDS`; most are the stem
    alone before a colon or a space, told without the regex."""
    for stem in _MARKERS:
        if low.startswith(stem, mark):
            if not low[mark + len(stem) : mark + len(stem) + 1].isalpha():
                return True
            break
    found = _WORD.match(low, mark)
    return found is not None and found.group() in MARKER_WORDS


_LICENCE = re.compile(
    r"(?:\s*[|/,;(-]\s*|\s+)(?:cc[ -]?by(?:[ -](?:sa|nd|nc))*(?: \d\.\d)?|cc0|public domain"
    r"|gemeinfrei|via flickr|flickr|unsplash|pixabay|pexels|wikimedia commons|wikimedia)\)?\s*\Z"
)
"""A licence or photo site after a credit's name: 'Foto: Name | flickr | CC BY 2.0',
'Photo: Name / CC BY-SA 4.0'. Read off the lower-cased end, one at a time."""


def _without_licence(name: str) -> str:
    """A credit's name with the licence and photo-site tails it ends with taken off."""
    low = name.lower()
    while True:
        found = _LICENCE.search(low)
        if not found or found.start() == 0:
            return name
        name, low = name[: found.start()], low[: found.start()]


def _boundary(text: str, at: int) -> bool:
    """A credit starts a line, a sentence or a clause: not the middle of a phrase."""
    if at <= 0:
        return True
    before = text[:at].rstrip()
    return not before or before.endswith((".", "!", "?", "”", '"', "’", ")", "—", "-", ":", ","))


def _sentence_start(text: str, at: int) -> bool:
    """Nothing before ``at`` but the end of a sentence or of a bracket."""
    before = text[:at].rstrip()
    return not before or before.endswith((".", "!", "?", "”", '"', ")"))


def tail_credit(norm: str) -> bool:
    """Whether the line ends with a credit written without brackets."""
    low = norm.lower()
    if len(low) != len(norm):
        # "İ" lower-cases to two signs: every offset found in ``low`` after it would miss
        # the credit in ``norm``. Read as "I", it keeps them.
        norm = "".join(char if len(char.lower()) == 1 else "I" for char in norm)
        low = norm.lower()
    slash = norm.rfind("/")
    if slash > 0 and len(norm) - slash < 60:
        before, after = norm[:slash].rstrip(), norm[slash + 1 :].strip()
        low_before = before.lower()
        agency = next((a for a in SLASH_AGENCIES if low_before.endswith(a)), None)
        if agency and after and _NAME.match(after):
            start = len(before) - len(agency)
            if _boundary(norm, start) or start == 0:
                return True
        tail = after.rstrip(".)").strip().lower()
        if tail in AGENCIES_AFTER_SLASH and before and before.split()[-1][:1].isupper():
            return True
    for mark in sorted((low.rfind(m) for m in _MARKERS), reverse=True):
        if mark < 0 or len(norm) - mark >= 80:
            break
        if (mark and low[mark - 1].isalnum()) or not _marker_word(low, mark):
            continue  # inside a word: 'Weiterbildung:', 'telephoto', 'Bildung:'
        if _marked_credit(norm, low, mark):
            return True
    copy = norm.rfind("©")
    if copy >= 0 and len(norm) - copy < 70:
        rest = norm[copy + 1 :]
        lead = low[max(0, copy - 8) : copy]
        if (not any(c in rest for c in ".!?") or rest.rstrip(".").count(".") == 0) and (
            copy == 0
            or lead.endswith(("photo ", "photos ", "image ", "images "))
            or _boundary(norm, copy)
        ):
            return True
    return low.endswith(("| getty images", "|getty images", "/getty images"))


SOURCE_STARTS = (
    *("source:", "sources:", "источник:", "источники:", "джерело:", "fuente:", "fuentes:"),
    *("fonte:", "fontes:", "quelle:", "quellen:", "źródło:", "zdroj:", "kaynak:", "bron:"),
    *("forrás:", "sursa:", "πηγή:", "מקור:", "المصدر:", "منبع:", "nguồn:", "sumber:"),
    *("来源：", "來源：", "来源:", "出典：", "出典:", "출처:", "출처 :"),
)
"""How a line crediting the story's or a chart's source opens ("Source: Reuters",
"Источник: пресс-служба", "来源：新华社"), in the languages corpora are built from."""
SOURCE_WORDS = 9
"""Words such a line has at most: a name or two, not a sentence about a source."""
_PREFIXES = Prefixes(
    *CREDIT_STARTS,
    *FOREIGN_CREDIT_STARTS,
    *CAPTION_STARTS,
    *SOURCE_STARTS,
    *("image ", "photo ", "slide ", "picture "),
)
_GALLERY = re.compile(r"(?:image|photo|picture|slide) \d+ (?:of|/) ?/? ?\d+|\d+ ?(?:/|of) ?\d+")
_MORE = ("... more", "...more", "… more", "…more")
_ENDINGS = (
    *_MORE,
    "press",
    "getty images",
    "getty",
    "afp",
    "reuters",
    " ap",
    "flash 90",
    "flash90",
)
_CLOSING = (")", "）", *_ENDINGS)
_LAST = frozenset(ending[-1] for ending in _CLOSING)
_TAIL_MARKS = ("/", "©", "|", "credit", "photo", "image", "foto", "bild", "fot.")
_CJK_TAIL_MARKS = (
    *("摄", "攝", "供图", "供圖", "撮影"),
    *("사진", "фото", "ảnh", "फोटो", "zdjęcie", "kuva", "φωτο", "צילום", "تصوير", "写真", "照片"),
    *("ภาพ", "عکس"),
)
"""A Chinese photographer's "took it" and "provided the picture", and the words for "photo"
in scripts and letters beyond ASCII: looked for only where the lines' tails are not all
ASCII."""
TAIL_CHARS = 60
"""How near a line's end a credit's mark must be."""
_TAIL = itemgetter(slice(-TAIL_CHARS, None))


def _bare_credit(norm: str, low: str) -> bool:
    """A short line that is only a credit: 'Name | Bloomberg | Getty Images', 'Name, AP'."""
    words = low.count(" ") + 1
    if words > 10 or ":" in norm or norm.endswith((".", "?", "!", ";")):
        return False
    tokens = set(_TOKENS.split(low))
    if tokens.isdisjoint(AGENCY_WORDS) and not any(a in low for a in AGENCY_PHRASES):
        return False
    for token in re.split(r"[\s,/|]+", norm):
        if token and not (
            token[0].isupper() or token[0].isdigit() or token in {"via", "and", "&", "-"}
        ):
            return False
    return True


def _marked_credit(norm: str, low: str, mark: int) -> bool:
    """'Credit: Name', 'Photo: Name', 'Image by Name' starting at ``mark`` and ending the line.

    ``mark`` is where :func:`tail_credit` found a credit word (:func:`_marker_word`) opening
    a word: what is left to tell is the name after it.
    """
    rest = norm[mark:]
    found = _WORD.match(low, mark)
    word = found.group() if found is not None else ""
    foreign = word in FOREIGN_MARKERS
    cut = _label_end(rest)
    by = next((at for by_word in _BY_WORDS if 0 < (at := rest.find(by_word)) < 14), -1)
    loose = False  # 'Credit: EPA' may follow a caption with no full stop before it
    if 0 < cut < 14:
        if foreign and rest[len(word) : cut].strip():
            return False  # "Фото дня:", Vietnamese "ảnh hưởng:" ("influence")
        name, loose = rest[cut + 1 :].strip(), True
    elif 0 < by < 14:
        pieces = rest[by:].split(" ", 2)
        name = pieces[2].strip() if len(pieces) == 3 else ""
        if pieces[1] == "von" and " " not in name:
            return False  # "Foto von Überlebenden": German writes every noun with a capital
    elif low.startswith("fot. ", mark):
        name = rest[5:].strip()  # Polish: "Fot. Anna Kaczmarczyk"
    elif low[mark:].startswith(("credit ", "credits ")):
        name = rest.split(" ", 1)[1].strip()
        if mark == 0 and " " not in name and name.lower() not in AGENCY_WORDS:
            name = ""  # opening a line, 'Credit' and one word is a name: 'Credit Suisse'
    else:
        name = ""
    name = _without_licence(name)
    if not name:
        return False
    if _NAME.match(name) is not None and not foreign:
        return loose or _sentence_start(norm, mark)
    # A name in another script, or after another language's word for "photo": that word
    # closes sentences too ("Вот что мы увидели на фото: Новосибирск", "Wir sahen das
    # Foto: Überall Trümmer"), so the credit must open a sentence of its own.
    return credit_name(name) and _opens_credit(norm, mark)


def _label_end(text: str) -> int:
    """Where a credit's label ends: its first colon, full-width colon or "=" ("Photo: …",
    "写真：共同", "사진=곡성군"); -1 where it has none."""
    return min(
        (at for at in (text.find(":"), text.find("："), text.find("=")) if at >= 0), default=-1
    )


def _says(rest: str, line: str) -> bool:
    """Whether what follows a credit's or a source's label says something rather than names
    someone: lower case after the label and a full stop closing it ("Source: the council
    confirmed the figures."), or, in a script without spaces, where a sentence is one word, a
    sentence's mark anywhere in ``line``. In a script without case (Persian, Arabic, Hebrew),
    four words or more closing with a full stop say something too ("عکس: این تصویر در موزه
    گرفته شد.")."""
    opens = rest[:1].islower() or (caseless(rest[:1]) and rest.count(" ") >= _SAYING_SPACES)
    return (opens and rest.endswith((".", "!", "?", "؟"))) or any(mark in line for mark in "。！？")


_SAYING_SPACES = 3


_CLOSED = (".", "!", "?", "”", '"', ")", "(", "।", "。", "！", "？")
_LEAD_INS = (
    *("на фото", "автор фото", "sur la photo", "trong ảnh", "на знімку", "auf dem foto"),
    *("στη φωτογραφία", "fotoğrafta"),
)
"""What a caption's credit may open with: "На фото: Иван Петров", "Автор фото: …"."""


def _opens_credit(norm: str, mark: int) -> bool:
    """Whether a credit at ``mark`` opens a sentence of its own, or a caption's known lead-in
    with it ("На фото:")."""
    before = norm[:mark].rstrip()
    label = norm[mark:].split(":", 1)[0].split("：", 1)[0].strip()
    words = before.split()
    for count in (1, 2):  # "На фото:", "Автор фото:", "Sur la photo :"
        if " ".join([*words[-count:], label]).lower() in _LEAD_INS:
            earlier = " ".join(words[:-count])
            return not earlier or earlier.endswith(_CLOSED)
    return not before or before.endswith(_CLOSED) or _parted(before, norm[mark:])


_PARTED = (" -", " –", " —", " /", " |")
_PARTED_WORDS = 4
_PARTED_SIGNS = 10
_PARTED_LINE = 25


def _parted(before: str, credit: str) -> bool:
    """Whether a credit stands apart from its caption after a separator ("… المتنقلة -
    تصوير: محمود السيد", "… بازارچه / عکس: علی محمدی") as after a full stop. A review found the
    same shape in a prize list ("Giải nhất – Ảnh: Mộc Châu Mùa Hoa"), a schedule's row, a
    film's credits ("إخراج: … - تصوير: …") and sentences naming photography as a subject: the
    caption says something (four words, or ten signs in a script without spaces), labels
    nothing, and the name after the label is a name (no comma, no full stop), on a caption's
    line."""
    if not before.endswith(_PARTED) or ":" in before or "：" in before:
        return False
    caption = before[:-1].strip()
    words = len(caption.split())
    if words < _PARTED_WORDS and (caption.isascii() or len(caption) < _PARTED_SIGNS * words):
        return False
    if words + len(credit.split()) > _PARTED_LINE:
        return False
    name = credit.split(":", 1)[-1].split("：", 1)[-1].strip()
    return "," not in name and "،" not in name and not name.endswith(".")


_BY_WORDS = (" by ", " di ", " de ", " von ", " av ")
"""A credit's "by": "Photo by", "Foto di", "Foto de", "Foto von", "Foto av"."""
_NAME_WORDS = 6


def credit_name(name: str) -> bool:
    """Whether a credit's words name someone: as :data:`_NAME` reads a Latin name, or in any
    script a few words each opening with a capital ("Олена Ковальчук", "İHA"), or written in
    a script without case ("संवाददाता", "张伟")."""
    if _NAME.match(name) is not None:
        return True
    words = name.rstrip(".").split()
    return 0 < len(words) <= _NAME_WORDS and all(
        word[:1].isupper() or caseless(word[:1]) for word in words
    )


@lru_cache(maxsize=LINE_CACHE)
def classify(norm: str, low: str, words: int) -> str | None:
    """'credit', 'caption' or None for one line on its own."""
    if words > MAX_CAPTION_WORDS:
        return None
    if low.startswith(CAPTION_STARTS):
        return "caption"
    if low.startswith(SOURCE_STARTS):
        # "Source: Reuters" closing a story, "Source: Eurostat" under a chart: a credit,
        # while it names and does not say ("Source: the council confirmed the figures." is
        # a sentence: lower case after the colon and a full stop; in a script without spaces
        # a sentence is one word, so its marks tell).
        rest = norm[norm.find(":") + 1 :].strip() if ":" in norm else ""
        return "credit" if words <= SOURCE_WORDS and not _says(rest, low) else None
    if low.startswith(CREDIT_STARTS):
        if low.startswith("©") and re.search(r"(?:19|20)\d\d|rights|copyright", low):
            return None  # a copyright notice, not a photo credit
        return "credit" if words <= MAX_CREDIT_WORDS else None
    if low.startswith(FOREIGN_CREDIT_STARTS):
        rest = norm[5:] if low.startswith("fot. ") else norm[_label_end(low) + 1 :]
        rest = rest.strip()
        if len(rest.split()) > FOREIGN_CREDIT_WORDS or _says(rest, rest):
            return None  # a sentence after the label, not a name
        return "credit"
    return _by_its_end(norm, low, words)


_STARTS = (*CAPTION_STARTS, *SOURCE_STARTS, *CREDIT_STARTS, *FOREIGN_CREDIT_STARTS)
"""Every start :func:`classify` reads a line by: a line opening with none of them is read by
its end alone (:func:`_by_its_end`)."""


@lru_cache(maxsize=LINE_CACHE)
def _by_its_end(norm: str, low: str, words: int) -> str | None:
    """:func:`classify` for a line of at most :data:`MAX_CAPTION_WORDS` words opening with
    none of :data:`_STARTS`: a bare credit, or a credit closing the line.

    The captions rule calls it directly for a line the Context found opening with none of
    its starts (most candidates: a caption is found by its end), sparing the four tests of
    the start, each trying every start of its list."""
    if _bare_credit(norm, low):
        return "credit"
    # What the line says beside its credit, in words: counted by length in Thai, Lao, Khmer
    # or Myanmar, which run their words together ("บรรยากาศตลาดน้ำยามค่ำคืน (ภาพ: ...)"); a
    # paragraph closing with its picture's credit is the body's, as in Chinese.
    said = words
    if not low.isascii() and _RUN_TOGETHER.search(norm) is not None:
        said = max(words, len(norm) // LETTERS_A_WORD)
        if said > _RUN_TOGETHER_CAPTION_WORDS:
            return None
    if low.endswith(")"):
        opening = low.rfind("(")
        if opening >= 0 and (_PAREN_CREDIT.match(low, opening) or _foto_named(norm)):
            return "caption" if said > 2 else "credit"
    if tail_credit(norm):
        return "caption" if said > 3 else "credit"
    # Every branch of the regex holds a Chinese, Japanese or Korean sign: an ASCII line (a
    # flag CPython keeps, so no scan) cannot match, and the search tries every position.
    if not low.isascii() and (found := _CJK_CREDIT.search(low)) is not None:
        # Counted in signs: a caption's words have no spaces between them. A caption is a
        # sentence at most: a paragraph closing with the credit of its picture is the body's.
        before = low[: found.start()]
        if len(before) > _CJK_CAPTION_MAX or sum(map(before.count, "。！？")) > 1:
            return None
        return "caption" if found.start() >= _CJK_CAPTION_SIGNS else "credit"
    return None


_FOTO_NAMED = re.compile(
    r"\((?:foto|Foto|FOTO) ([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3})\)\W{0,2}\Z"
)


def _foto_named(norm: str) -> bool:
    """Whether a line closes with "(foto NAME)", as Italian papers credit a picture
    ("(foto Ilaria Fontana)"): the name's words capitalised, which "(foto di gruppo)" and
    "(nella foto)" are not (the lower-cased line cannot tell them apart)."""
    found = _FOTO_NAMED.search(norm)
    return found is not None and all(word[:1].isupper() for word in found[1].split())


_RUN_TOGETHER = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
"""Thai, Lao, Myanmar and Khmer letters: scripts that space their pauses, not their words."""
_RUN_TOGETHER_CAPTION_WORDS = 25
"""Words, by length, a caption in such a script says at most: a sentence or two."""
_CJK_CREDIT = re.compile(
    r"(?:/|^)\s*사진\s*[=:：]\s*[^\s/=]{1,20}(?:\s*제공)?\s*\Z"
    r"|[（(]\s*(?:资料图片?|資料圖片?|(?:图片|圖片|写真|照片)(?:来源|來源|提供)?\s*[:：=][^）)]{1,24}"
    r"|新华社发|新華社發)\s*[)）]\s*\Z"
    r"|[（(]?\s*(?:(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff·]{2,8}\s*|[\u4e00-\u9fff·]{2,4}\s+)"
    r"[摄攝]\s*[)）]?\s*\Z"
    r"|[（(]?\s*[\u4e00-\u9fff]{1,10}供[图圖]\s*[)）]?\s*\Z"
    r"|=[^=。]{2,40}[、,][^、,=。\s]{2,10}撮影\s*\Z"
)
"""A photo's credit as Korean, Chinese and Japanese portals close a caption: "/사진=곡성군
제공", "（资料图）", "（图片来源：视觉中国）", "（写真：共同）", and the Chinese photographer's
"记者 王芳 摄" (a name with a space or "reporter" before "took it") or "受访者供图"
("picture provided by the interviewee"); and a Japanese paper's "=2024年3月11日、長野県松本市、
松本ひとみ撮影" (the day, the place, and who took it, after "=")."""
_CJK_CAPTION_SIGNS = 6
"""Signs before the credit from which the line is a caption with its credit."""
_CJK_CAPTION_MAX = 60
"""Signs before the credit a caption has at most: a line or two under a picture."""


def captions(ctx: Context) -> Iterator[Match]:
    """Captions, credits and their gallery copies."""
    norm, lower, words = ctx.norm, ctx.lower, ctx.words
    kinds = ctx.kinds
    starts = ctx.starting(_PREFIXES)
    candidates = set(starts)
    # Credits sit at the end of a line and carry a mark there: a bracket, slash, bar,
    # copyright sign or credit word, or an agency name closing the line. Cheap tests only:
    # the line's last character first (prose ends with a full stop), then each mark found
    # anywhere in the lines' tails, looked for only in the tails that hold it.
    candidates.update(
        [i for i, low in enumerate(lower) if low[-1] in _LAST and low.endswith(_CLOSING)]
    )
    joined = "\n".join(map(_TAIL, lower))
    marks = _TAIL_MARKS if joined.isascii() else (*_TAIL_MARKS, *_CJK_TAIL_MARKS)
    for mark in marks:
        if mark in joined:
            candidates.update(rows_holding(joined, mark))
    toggles = []
    for index in sorted(candidates):
        if kinds[index] is not None:
            continue
        if lower[index].endswith(_MORE):
            toggles.append(index)
        # A line opening with none of the rule's starts (routed once for the page by the
        # Context) is read by its end alone: no test of its start can hold.
        if index in starts:
            kind = classify(norm[index], lower[index], words[index])
        elif words[index] <= MAX_CAPTION_WORDS:
            kind = _by_its_end(norm[index], lower[index], words[index])
        else:
            kind = None
        if kind is None and _GALLERY.fullmatch(lower[index]):
            kind = "caption"
        if kind == "credit" and _listed(ctx, index) and _bare_credit(norm[index], lower[index]):
            continue  # 'Among them:' over 'The Associated Press', 'Reuters': a list of names
        if kind:
            yield Match(kind, index, index)
    yield from _toggles(ctx, toggles)
    if "caption" in kinds or "credit" in kinds:
        yield from _copies(ctx)


LIST_REACH = 10
"""Lines a list item may lie below the lead-in that opens its list."""


LEAD_IN_WORDS = 2
"""Words a lead-in has at least: "Among them:", not a label such as "Updated:"."""


def _listed(ctx: Context, index: int) -> bool:
    """Whether line ``index`` is an item of a list opened by a lead-in ending in a colon
    ("The banks most affected are:"), the lines between them free, short and no sentences.
    A line another rule took (a share button under "Share this article:") ends the search."""
    kinds = ctx.kinds
    above = index - 1
    while above >= 0 and index - above <= LIST_REACH and kinds[above] is None:
        norm, low = ctx.norm[above], ctx.lower[above]
        if low in NETWORKS or low.split(" ", 1)[0] in VERBS:
            return False  # share buttons and their label, whichever rule runs first
        if norm.endswith(":"):
            return ctx.words[above] >= LEAD_IN_WORDS
        if ctx.words[above] > 6 or norm.endswith(SENTENCE_END):
            return False
        above -= 1
    return False


def caption_groups(ctx: Context) -> Iterator[Match]:
    """Captions found by the credit next to them, once every surer rule has had its say.

    Runs late so that a related link or share line beside a credit keeps its own kind.
    """
    kinds = ctx.kinds
    if "credit" not in kinds:
        return
    for index, kind in enumerate(kinds):
        if kind == "credit":
            yield from _around_credit(ctx, index)
    # No copies of these: a caption known only by its place might also be a body paragraph.


def _ends_like_sentence(text: str) -> bool:
    """Ends in a full stop, question or exclamation mark of any script (``.``, ``。``, ``।``),
    a colon or a closing quote."""
    last = text[-1:]
    return bool(last) and (last in '"”' or unicodedata.category(last) == "Po")


def _around_credit(ctx: Context, index: int) -> Iterator[Match]:
    """The caption of a credit line: the line right before it, or (for a credit that opens
    with its label, ``Photo Credit: Name``) the line right after it when none is before; a
    short line that does not end like a sentence either way (a body paragraph often sits
    next to a credit whose caption is elsewhere or absent). Blank lines play no part: a
    page's separators never change its Document."""
    before = index - 1
    if _caption_beside(ctx, before):
        yield Match("caption", before, before)
        # A wire caption above a gallery's counter ("1 of 3") and the credit: it says what the
        # picture shows in sentences, but opens the way wire captions do.
        above = before - 1
        if (
            _COUNTER.fullmatch(ctx.lower[before])
            and ctx.free(above)
            and ctx.words[above] <= MAX_WIRE_CAPTION_WORDS
            and _WIRE_CAPTION.match(ctx.lower[above])
        ):
            yield Match("caption", above, above)
    elif ctx.lower[index].startswith(CREDIT_STARTS) and _caption_beside(ctx, index + 1):
        yield Match("caption", index + 1, index + 1)


def _caption_beside(ctx: Context, index: int) -> bool:
    return (
        ctx.free(index)
        and max(ctx.words[index], len(ctx.norm[index]) // LETTERS_A_WORD) <= 25
        and not _ends_like_sentence(ctx.norm[index])
        and not ctx.prose(index)
    )


def _toggles(ctx: Context, found: list[int]) -> Iterator[Match]:
    """A caption shown collapsed ('... more') next to its expanded copy ('... less')."""
    for index in found:
        low = ctx.lower[index]
        stem = low.rsplit("…", 1)[0] if "…" in low[-6:] else low.rsplit("...", 1)[0]
        stem = stem.strip()
        if len(stem) < 20:
            continue
        for other in range(max(0, index - 3), min(ctx.total, index + 4)):
            if other == index:
                continue
            text = ctx.lower[other]
            if text.startswith(stem) and text.endswith(" less"):
                if ctx.free(index):
                    yield Match("caption", index, index)
                if ctx.free(other):
                    yield Match("caption", other, other)
                break


def _copies(ctx: Context) -> Iterator[Match]:
    """Every verbatim repeat of a caption or credit line."""
    repeated = ctx.repeated  # a copy is a second whole line with the same text
    if not repeated:
        return
    seen = {ctx.lower[i]: kind for i, kind in enumerate(ctx.kinds) if kind in ("caption", "credit")}
    if repeated.isdisjoint(seen):
        return
    kinds = ctx.kinds
    for index, low in enumerate(ctx.lower):
        kind = seen.get(low)
        if kind and kinds[index] is None:
            yield Match(kind, index, index)
