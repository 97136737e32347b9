"""Date headers: a line that is only a publication date, with its trimmings.

``Published: March 3, 2021``, ``Updated 10:32 AM EST, Nov 3, 2019``, ``19 November 2019``,
``January 9, 2020 / 6:02 AM / Eastport Herald``, ``Posted: 7 Feb 2020 6:45 pm``. The line becomes a
``dateline`` whose value is the date; a header with a time and no date (``Updated at 4:05 p.m.``)
is still a dateline, with no value. A line is taken only when, once the date, times, weekdays,
time zones and header words are set aside, at most a short outlet name is left: a sentence that
mentions a date is never a header. Month names, weekdays and header words are known in German,
French, Spanish, Italian, Portuguese and Dutch too (``Dienstag, 4. Juni 2019``, ``Publié le 4
juin 2019``, ``4 de junio de 2019``). Dates heading a timeline inside the article (each over a
paragraph, the first under one) are its sections, not date headers.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import accumulate, islice, pairwise

from corpuskit.layout import Match
from corpuskit_plugins.generic.context import (
    CJK_SIGNS,
    LINE_CACHE,
    SENTENCE_END,
    Context,
    Prefixes,
)
from corpuskit_plugins.generic.names import BY
from corpuskit_plugins.generic.trie import trie_pattern

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}


def _months(number: int, names: str) -> dict[str, int]:
    """A month's number for each of its names (a space-separated list)."""
    return dict.fromkeys(names.split(), number)


_HEBREW_MONTHS = "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()  # noqa: SIM905

_AFRICAN = {
    # Swahili (its January, February, May, June and July are spelt as Malay's or Dutch's)
    # and Hausa, which share October.
    **_months(1, "janairu"),
    **_months(2, "fabrairu"),
    **_months(3, "machi maris"),
    **_months(4, "aprili afrilu"),
    **_months(5, "mayu"),
    **_months(6, "yuni"),
    **_months(7, "yuli"),
    **_months(8, "agosti agusta"),
    **_months(9, "septemba satumba"),
    **_months(10, "oktoba"),
    **_months(11, "novemba nuwamba"),
    **_months(12, "desemba disamba"),
}
"""Months as Swahili and Hausa name them, which their neighbours spell alike (Zulu's
November is "Novemba"): a date in them dates an article only at its head (:func:`_feed_form`)."""

FOREIGN_MONTHS = {
    # German, French, Spanish, Italian, Portuguese, Dutch: the full names (those spelt as in
    # English, "april", "august", "november", are English's).
    **dict.fromkeys(("januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"), 1),
    **dict.fromkeys(("februar", "février", "fevrier", "febrero", "febbraio", "fevereiro"), 2),
    "februari": 2,  # Dutch, Swedish, Indonesian
    **dict.fromkeys(("märz", "mars", "marzo", "março", "maart"), 3),
    **dict.fromkeys(("avril", "abril", "aprile"), 4),
    **dict.fromkeys(("mai", "mayo", "maggio", "maio", "mei"), 5),
    **dict.fromkeys(("juni", "juin", "junio", "giugno", "junho"), 6),
    **dict.fromkeys(("juli", "juillet", "julio", "luglio", "julho"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "augustus"), 8),
    **dict.fromkeys(("septembre", "septiembre", "setiembre", "settembre", "setembro"), 9),
    **dict.fromkeys(("oktober", "octobre", "octubre", "ottobre", "outubro"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"), 12),
    # Further languages' months, as a date writes them after its day: Russian, Ukrainian and
    # Polish in the genitive ("19 серпня 2024", "4 maja 2024"), Czech, Hungarian, Romanian,
    # Turkish, Indonesian, Swedish, Danish and Norwegian, Kazakh, Hindi and Marathi.
    **_months(1, "января январь січня ledna stycznia január ianuarie ocak қаңтар जनवरी जानेवारी"),
    **_months(2, "февраля февраль лютого února lutego február februarie şubat ақпан फ़रवरी फरवरी"),
    **_months(2, "फेब्रुवारी"),
    **_months(3, "марта март березня března marca március martie mart maret marts наурыз मार्च"),
    **_months(4, "апреля апрель квітня dubna kwietnia április aprilie nisan сәуір अप्रैल एप्रिल"),
    **_months(5, "мая май травня května maja május mayıs maj мамыр मई मे"),
    **_months(6, "июня июнь червня června czerwca június iunie haziran маусым जून"),
    **_months(7, "июля июль липня července lipca július iulie temmuz шілде जुलाई जुलै"),
    **_months(8, "августа август серпня srpna sierpnia augusztus ağustos agustus augusti тамыз"),
    **_months(8, "अगस्त ऑगस्ट"),
    **_months(9, "сентября сентябрь вересня září września szeptember septembrie eylül қыркүйек"),
    **_months(9, "सितंबर सप्टेंबर"),
    **_months(10, "октября октябрь жовтня října października október octombrie ekim қазан"),
    **_months(10, "अक्टूबर ऑक्टोबर"),
    **_months(11, "ноября ноябрь листопада listopadu listopada noiembrie kasım қараша नवंबर"),
    **_months(11, "नोव्हेंबर"),
    **_months(12, "декабря декабрь грудня prosince grudnia decembrie aralık desember желтоқсан"),
    **_months(12, "दिसंबर डिसेंबर"),
    # Cyrillic months cut short, as a stamp prints them with a full stop ("12 окт. 2024"):
    # Russian, Ukrainian, Bulgarian, Macedonian and Serbian; and Macedonian's and Serbian's
    # full names where they are spelt with "ј".
    **_months(1, "янв січ яну јан јануари јануар"),
    **_months(2, "фев февр лют феб фебруари фебруар"),
    **_months(3, "мар бер"),
    **_months(4, "апр квіт"),
    **_months(5, "трав мај"),
    **_months(6, "июн черв юни јун јуни"),
    **_months(7, "июл лип юли јул јули"),
    **_months(8, "авг серп"),
    **_months(9, "сен сент вер сеп септ септембар"),
    **_months(10, "окт жовт октобар"),
    **_months(11, "ноя нояб лист ное нов новембар"),
    **_months(12, "дек груд дец децембар"),
    # (Those that are words too, "лип" lindens, "трав" herbs, "лист" a letter: _DOTTED.)
    # Arabic (the Egyptian and Gulf names, and the Levantine ones of a word), Persian, Hebrew,
    # Greek (genitive, as after a day), Bulgarian, Catalan, Croatian (genitive; its October,
    # "listopada", is Polish's November and left to it), Finnish (partitive) and Norwegian.
    **_months(1, "يناير ژانویه ינואר ιανουαρίου януари gener siječnja tammikuuta"),
    **_months(2, "فبراير شباط فوریه פברואר φεβρουαρίου февруари febrer veljače helmikuuta"),
    **_months(3, "مارس آذار מרץ μαρτίου març ožujka maaliskuuta"),
    **_months(4, "أبريل ابريل نيسان آوریل אפריל απριλίου април travnja huhtikuuta"),
    **_months(5, "مايو أيار מאי μαΐου μαίου maig svibnja toukokuuta"),
    **_months(6, "يونيو حزيران ژوئن יוני ιουνίου юни juny lipnja kesäkuuta"),
    **_months(7, "يوليو تموز ژوئیه יולי ιουλίου юли juliol srpnja heinäkuuta"),
    **_months(8, "أغسطس اغسطس آب اوت אוגוסט αυγούστου agost kolovoza elokuuta"),
    **_months(9, "سبتمبر أيلول سپتامبر ספטמבר σεπτεμβρίου септември setembre rujna syyskuuta"),
    **_months(10, "أكتوبر اكتوبر اکتبر אוקטובר οκτωβρίου октомври lokakuuta"),
    **_months(11, "نوفمبر نوامبر נובמבר νοεμβρίου ноември studenoga marraskuuta"),
    **_months(12, "ديسمبر دسامبر דצמבר δεκεμβρίου декември desembre prosinca joulukuuta"),
    # Croatian in the nominative ("14 travanj 2024"; its October, "listopad", is Polish's and
    # Czech's November) and Latvian (nominative and genitive).
    **_months(1, "siječanj janvāris janvāra"),
    **_months(2, "veljača februāris februāra"),
    **_months(3, "ožujak marta"),
    **_months(4, "travanj aprīlis aprīļa"),
    **_months(5, "svibanj maijs maija"),
    **_months(6, "lipanj jūnijs jūnija"),
    **_months(7, "srpanj jūlijs jūlija"),
    **_months(8, "kolovoz augusts augusta"),
    **_months(9, "rujan septembris septembra"),
    **_months(10, "oktobris oktobra"),
    **_months(11, "studeni novembris novembra"),
    **_months(12, "prosinac decembris decembra"),
    # Slovenian and Serbian (nominative, and Slovenian's genitive), Slovak (genitive),
    # Albanian, Irish (its one-word months), Estonian, Malay and Tagalog.
    **_months(1, "januarja januára janar eanáir jaanuar"),
    **_months(2, "februarja februára shkurt feabhra veebruar pebrero"),
    **_months(3, "marec márta märts marso mac"),
    **_months(4, "aprila apríla prill aibreán aprill"),
    **_months(5, "mája bealtaine"),
    **_months(6, "junij junija júna qershor meitheamh juuni hunyo"),
    **_months(7, "julij julija júla korrik iúil juuli julai hulyo"),
    **_months(8, "avgust avgusta gusht lúnasa ogos"),
    **_months(9, "septembar shtator setyembre"),
    **_months(10, "oktobar októbra tetor oktoober oktubre"),
    **_months(11, "novembar nëntor samhain nobyembre"),
    **_months(12, "decembar dhjetor nollaig detsember disember disyembre"),
    **_AFRICAN,
    # Thai, whose dates count the years of the Buddhist era ("12 มีนาคม 2567": see _ERA).
    **_months(1, "มกราคม"),
    **_months(2, "กุมภาพันธ์"),
    **_months(3, "มีนาคม"),
    **_months(4, "เมษายน"),
    **_months(5, "พฤษภาคม"),
    **_months(6, "มิถุนายน"),
    **_months(7, "กรกฎาคม"),
    **_months(8, "สิงหาคม"),
    **_months(9, "กันยายน"),
    **_months(10, "ตุลาคม"),
    **_months(11, "พฤศจิกายน"),
    **_months(12, "ธันวาคม"),
    # Armenian (nominative, and the genitive a date writes: "18 փետրվարի 2025") and Georgian.
    **_months(1, "հունվար հունվարի იანვარი"),
    **_months(2, "փետրվար փետրվարի თებერვალი"),
    **_months(3, "մարտ մարտի მარტი"),
    **_months(4, "ապրիլ ապրիլի აპრილი"),
    **_months(5, "մայիս մայիսի მაისი"),
    **_months(6, "հունիս հունիսի ივნისი"),
    **_months(7, "հուլիս հուլիսի ივლისი"),
    **_months(8, "օգոստոս օգոստոսի აგვისტო"),
    **_months(9, "սեպտեմբեր սեպտեմբերի სექტემბერი"),
    **_months(10, "հոկտեմբեր հոկտեմբերի ოქტომბერი"),
    **_months(11, "նոյեմբեր նոյեմբերի ნოემბერი"),
    **_months(12, "դեկտեմբեր դեկտեմբերի დეკემბერი"),
    # Polish in the nominative, as a stamp may print it ("12 marzec, 2024"; its "maj" and
    # "listopad" are above), and Maltese ("5 ta' Marzu 2024", its April English's).
    **_months(1, "styczeń jannar"),
    **_months(2, "luty frar"),
    **_months(3, "marzec marzu"),
    **_months(4, "kwiecień"),
    **_months(5, "mejju"),
    **_months(6, "czerwiec ġunju"),
    **_months(7, "lipiec lulju"),
    **_months(8, "sierpień awwissu"),
    **_months(9, "wrzesień settembru"),
    **_months(10, "październik ottubru"),
    **_months(11, "novembru"),
    **_months(12, "grudzień diċembru"),
    # Hebrew writes "in" on the month's name: "5 במרץ 2024".
    **{"ב" + name: number for name, number in zip(_HEBREW_MONTHS, range(1, 13), strict=True)},
}
_ENGLISH_MONTHS = (
    *("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june"),
    *("jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov"),
    *("november", "dec", "december"),
)
"""Every English month name and short form a date may write."""
MONTH_NAMES = frozenset({*FOREIGN_MONTHS, *_ENGLISH_MONTHS})
"""Every month's name in every language read here, lower-cased."""


def plain_month(group: str) -> str:
    """A month's name as a regex group: the names one by one (what :func:`_month_group`
    matches, written plainly; the tests hold the date regex to it)."""
    foreign = [re.escape(name) for name in _WRITTEN[: -len(_ENGLISH_MONTHS)]]
    return (
        rf"(?P<{group}>"
        + "|".join(sorted(foreign, key=len, reverse=True))
        + r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    )


_DOTTED = frozenset(
    "січ лют бер квіт трав черв лип серп вер жовт лист груд сен нов".split()  # noqa: SIM905
)
"""Cyrillic months cut short that are words too ("лип" lindens, "трав" herbs, "лист" a
letter, "серп" a sickle, "нов" new): a month only with its full stop ("12 лист. 2023")."""
_WRITTEN = (
    *(name for name in FOREIGN_MONTHS if name not in _DOTTED),
    *(name + "." for name in _DOTTED),
    *_ENGLISH_MONTHS,
)
"""Every month name as a date may write it."""
_MONTH_TRIE = trie_pattern(_WRITTEN)
"""The month names factored by shared prefixes: ``re`` tried some two hundred names one by one
at every word of a line, most of a date header's verdict; a name is followed by a full stop,
a comma or a space, none of which a name holds, so at most one name can match anywhere and
the order of trying them changes nothing."""


def _month_group(group: str) -> str:
    return rf"(?P<{group}>{_MONTH_TRIE})\.?"


def date_forms(month: Callable[[str], str]) -> tuple[str, ...]:
    """The written forms of a date, in the order tried, with ``month`` making a month's
    group: the first opens with the month, every other with a digit."""
    return (
        month("m1") + r",? (?P<d1>\d{1,2})(?:st|nd|rd|th)?,? (?P<y1>(?:19|20)\d\d)",
        # "4 June 2019", "4. Juni 2019", "4 de junio de 2019", "4 juin 2019"
        r"(?P<d2>\d{1,2})(?:st|nd|rd|th|\.|er)? (?:of |de |ta[’'] )?"
        + month("m2")
        + r",? (?:de )?(?P<y2>(?:19|20|25)\d\d)",
        r"(?P<y3>(?:19|20)\d\d)-(?P<n3>\d\d)-(?P<d3>\d\d)",
        r"(?P<y4>(?:19|20)\d\d)/(?P<n4>\d\d)/(?P<d4>\d\d)",
        # "22.07.2024", "7/22/2024", "22. 7. 2024" as Czech and Slovak space it, and
        # "22-07-2024" (read as a slashed one: "03-12-2024" may be either).
        r"(?P<a5>\d{1,2})(?P<s5>[/.-]) ?(?P<b5>\d{1,2})(?P=s5) ?(?P<y5>(?:19|20)\d\d)\b",
        # The year first, as Chinese, Japanese, Korean and Hungarian write it:
        # "2024年2月14日", "2024년 6월 11일", "2024. 6. 11.", "2024.03.12.", and Korean news
        # without the last full stop before its time, "2024.03.12 10:41" (not a version:
        # "Version 2024.03.12", "2024.03.12.4").
        r"(?P<y6>(?:19|20)\d\d) ?(?:年|년|\.) ?(?P<n6>\d{1,2}) ?(?:月|월|\.) ?(?P<d6>\d{1,2})"
        r"(?: ?(?:日|일|\.)|(?<=\.\d\d)(?= \d{1,2}:\d\d))",
        # "2024. március 12."
        r"(?P<y7>(?:19|20)\d\d)\.? " + month("m7") + r" (?P<d7>\d{1,2})\b",
    )


_GLUED_AFTER = (
    *("发表于", "发布于", "發表於", "發佈於", "更新于", "更新於", "公開日", "更新日", "投稿日"),
    *("掲載日", "입력", "수정", "发布时间", "更新时间", "發佈時間", "發表時間", "发表时间"),
)
"""The stamp words Chinese, Japanese and Korean write right before a date, with no space."""
DATE_START = r"(?:\b|(?=\d)(?:" + "|".join(f"(?<={word})" for word in _GLUED_AFTER) + "))"
"""Where a date may start: at a word's edge, or at a digit right after a stamp's word in a
script that writes no space before the date ("发表于2024-07-20", "公開日2024年7月20日",
"입력2024.03.21"): ``\\b`` sees no edge between two of a word's signs. Not after any sign: a
notice's "时间2024年7月25日" and a model's "型号2024-07-20A" (session 26's review)."""
_FORMS = date_forms(_month_group)
# The forms opening with a digit are tried only where one stands: a word's start is mostly a
# letter, and each form cost an attempt there. Same matches, same order.
_DATES = re.compile(DATE_START + r"(?:" + _FORMS[0] + r"|(?=\d)(?:" + "|".join(_FORMS[1:]) + "))")
# Everything a date header may carry besides its date: times, separators and these words.
_TIMES = re.compile(
    r"\d{1,2}[:.]\d\d(?::\d\d)?(?: ?[ap]\.?m\b\.?)?|\b\d{1,2} ?[ap]\.?m\b\.?"
    r"|\b\d{1,2}h(?:\d\d)?(?:min)?\b"  # "10h41", "10h": Portuguese and French write the hour so
)
_DIGIT = re.compile(r"\d")
_SEPARATORS = re.compile(r"[\s|/·•,،:;()\[\]–—-]+")
_READING = re.compile(
    r"\b\d{1,3} ?(?:min(?:ute)?s?\.?|minuten|minutes|minutos|minuti)"
    r" ?(?:read|de lecture|de lectura|de leitura|di lettura|lesezeit)\b"
    r"|\blesezeit:? ?\d{1,3} ?min(?:uten|\.)?"
)
"""A reading time after the date ("Feb 8, 2024 — 4 min read", "12 mars 2024 · 5 min de
lecture", "3. März 2024 | Lesezeit: 4 Min."), as blogs and magazines print it: no outlet's
name. Only after it: "6 min read · Last updated: March 7, 2024" stamps a revision, which the
HTML metadata tells from a publication by the header's own words."""
TRIM_WORDS = (
    frozenset(
        """published updated posted modified edited created reviewed last first date dated on at as
    of time am pm a.m p.m gmt utc bst cet cest eet ist aest aedt jst et ct mt pt est edt cst cdt
    mst mdt pst pdt mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday
    sat saturday sun sunday today yesterday""".split()  # noqa: SIM905
    )
    | frozenset(
        # The same in German, French, Spanish, Italian, Portuguese and Dutch.
        """veröffentlicht aktualisiert am um uhr montag dienstag mittwoch donnerstag freitag samstag
    sonntag heute gestern publié mis à jour le lundi mardi mercredi jeudi vendredi samedi
    dimanche publicado actualizado el lunes martes miércoles jueves viernes sábado domingo
    pubblicato aggiornato il lunedì martedì mercoledì giovedì venerdì sabato domenica
    atualizado segunda-feira terça-feira quarta-feira quinta-feira sexta-feira gepubliceerd
    bijgewerkt op maandag dinsdag woensdag donderdag vrijdag zaterdag zondag""".split()  # noqa: SIM905
    )
    | frozenset(
        # Weekdays as languages that write them in lower case put them before a date:
        # Slovenian, Croatian and Serbian, Czech, Slovak, Polish, Russian, Ukrainian,
        # Bulgarian, Romanian, Hungarian, Turkish and Latvian ("petek, 30. avgust 2024").
        """ponedeljek torek sreda četrtek petek sobota nedelja ponedjeljak utorak srijeda
    četvrtak petak subota nedjelja ponedeljak pondělí úterý středa čtvrtek pátek neděle
    pondelok utorok streda štvrtok piatok nedeľa poniedziałek wtorek środa czwartek piątek
    niedziela понедельник вторник среда четверг пятница суббота воскресенье понеділок
    вівторок середа четвер п'ятниця пʼятниця субота неділя понеделник сряда четвъртък петък
    събота неделя luni marți marţi miercuri joi vineri sâmbătă duminică hétfő kedd szerda
    csütörtök péntek szombat vasárnap pazartesi salı çarşamba perşembe cuma cumartesi pazar
    pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena""".split()  # noqa: SIM905
    )
    | frozenset(
        # "Year" after the year in Polish, Russian and Ukrainian: "4 maja 2024 r.", "2024 г.".
        "r roku г года року".split()  # noqa: SIM905
    )
    | frozenset(
        # Thai: "o'clock" after a time ("14:05 น."), the era before a year ("พ.ศ. 2567"), and
        # "published" and "updated" before the date.
        "น นาฬิกา พ.ศ เผยแพร่ ปรับปรุง อัปเดต วันที่".split()  # noqa: SIM905
    )
    | frozenset(
        # Arabic weekdays, "published" and "on the date", and the signs after a time or a
        # year ("02:15 م": p.m.; "2023 م": of the common era).
        "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت نشر بتاريخ م ص".split()  # noqa: SIM905
    )
    | frozenset(
        # Korean, Japanese and Chinese words for posted, updated, published, time and date.
        "입력 수정 기사입력 최종수정 업데이트 公開日 更新日 投稿日 発行".split()  # noqa: SIM905
        + "发布时间 发布于 更新时间 时间 日期".split()  # noqa: SIM905
    )
)
_HEADER_WORDS = ("published", "updated", "posted", "last updated", "first published", "modified")
MAX_WORDS = 16
MAX_LEFT = 3


_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50)
_DIGITS = {zero + value: str(value) for zero in (*_ZEROS, 0xFF10) for value in range(10)}
"""Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada,
Malayalam, Thai and full-width digits as ASCII ones, one sign for one: a year written "२०२४"
is the year 2024, and positions in the line stay where they were."""


_LOCAL_DIGIT = re.compile("[" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in (*_ZEROS, 0xFF10)) + "]")
"""Any digit of :data:`_DIGITS` (its keys as ranges of ten)."""


def ascii_digits(text: str) -> str:
    """``text`` with every digit of :data:`_DIGITS` written as an ASCII digit.

    A text with none of them is returned as it is: ``str.translate`` looks every sign of a
    text that is not ASCII up in the table (about 50 µs for a page's lines), where a search
    for one of the digits runs at a twentieth of that, and most such texts hold none.
    """
    if text.isascii() or _LOCAL_DIGIT.search(text) is None:
        return text
    return text.translate(_DIGITS)


def parse_date(low: str, day_first: bool = False) -> tuple[dt.date | None, tuple[int, int] | None]:
    """The first date written in a lower-cased line, and where it is.

    ``day_first``: whether "10/05/2024" is the 10th of May, as everywhere but in the United
    States it is. Text alone does not say where it was written, so the American reading is
    the default; a page that declares its language (``<html lang="en-GB">``) says more.
    """
    found = _DATES.search(ascii_digits(low))
    if not found:
        return None, None
    return _date_of(found, day_first), found.span()


def published_in(low: str, day_first: bool = False) -> dt.date | None:
    """The date a lower-cased dateline gives the article: its first, or its second where a
    revision's word comes before the first ("updated 6 March 2024 · published 5 March")."""
    text = ascii_digits(low)
    dates = list(islice(_DATES.finditer(text), 2))
    return _date_of(_article_date(text, dates), day_first) if dates else None


def dates_in(low: str, day_first: bool = False) -> list[tuple[int, int, dt.date]]:
    """Every date a lower-cased line writes, in order, with where it starts and ends: a
    stamp's and a revision's alike."""
    text = ascii_digits(low)  # the same length as ``low``: one sign for one
    return [
        (found.start(), found.end(), day)
        for found in _DATES.finditer(text)
        if (day := _date_of(found, day_first))
    ]


def _article_date(low: str, dates: list[re.Match[str]]) -> re.Match[str]:
    """Of the dates found in a line (one at least), the article's: the first, or the second
    where a revision's word comes before the first ("Updated: 6 March 2024 | Published: 5
    March 2024")."""
    if len(dates) > 1 and _REVISION.search(low, 0, dates[0].start()):
        return dates[1]
    return dates[0]


def _date_of(found: re.Match[str], day_first: bool = False) -> dt.date | None:
    # ``groups()`` by position (see ``_AT``): a ``groupdict()`` of sixteen groups costs more.
    g = found.groups()
    try:
        if g[_Y1]:
            return dt.date(int(g[_Y1]), _month(g[_M1]), int(g[_D1]))
        if g[_Y2]:
            year = int(g[_Y2])
            return dt.date(year - _ERA if year > _ERA_FROM else year, _month(g[_M2]), int(g[_D2]))
        if g[_Y3]:
            return dt.date(int(g[_Y3]), int(g[_N3]), int(g[_D3]))
        if g[_Y4]:
            return dt.date(int(g[_Y4]), int(g[_N4]), int(g[_D4]))
        # 11/20/2019 is American (month first); 20.11.2019 and 20/11/2019 are day first, and
        # so is 10/05/2019 where the page is not American (``day_first``).
        if g[_Y6]:
            return dt.date(int(g[_Y6]), int(g[_N6]), int(g[_D6]))
        if g[_Y7]:
            return dt.date(int(g[_Y7]), _month(g[_M7]), int(g[_D7]))
        a, b = int(g[_A5]), int(g[_B5])
        # Dashed, "12-03-2024" is day first where it may be either: the pages writing it
        # so (Dutch, Indian, Russian and Ukrainian portals) write the day first.
        month_first = a <= 12 and (b > 12 or (g[_S5] == "/" and not day_first))
        month, day = (a, b) if month_first else (b, a)
        return dt.date(int(g[_Y5]), month, day)
    except ValueError:
        return None


_ERA = 543
"""Years between the Buddhist era, which Thai dates count (2567 is 2024), and the common era."""
_ERA_FROM = 2400
"""A year past this, in a date written with its month's name, is of the Buddhist era."""


def _month(name: str) -> int:
    """A month's number from its name as matched ("march", "mar.", "märz", "juin")."""
    name = name.rstrip(".")
    return FOREIGN_MONTHS.get(name) or MONTHS[name[:3]]


_AT = {name: number - 1 for name, number in _DATES.groupindex.items()}
_M1, _D1, _Y1 = _AT["m1"], _AT["d1"], _AT["y1"]
_M2, _D2, _Y2 = _AT["m2"], _AT["d2"], _AT["y2"]
_Y3, _N3, _D3 = _AT["y3"], _AT["n3"], _AT["d3"]
_Y4, _N4, _D4 = _AT["y4"], _AT["n4"], _AT["d4"]
_A5, _S5, _B5, _Y5 = _AT["a5"], _AT["s5"], _AT["b5"], _AT["y5"]
_Y6, _N6, _D6 = _AT["y6"], _AT["n6"], _AT["d6"]
_Y7, _M7, _D7 = _AT["y7"], _AT["m7"], _AT["d7"]


@lru_cache(maxsize=LINE_CACHE)
def date_header(
    norm: str, low: str, outlet: int = MAX_LEFT, moments: bool = True, day_first: bool = False
) -> tuple[bool, dt.date | None]:
    """Whether a line is a date header, and its date (``low`` is ``norm`` lower-cased).

    ``outlet``: how many words of an outlet's name it may carry ("March 3, 2021 | CBS News").
    ``moments``: whether a stamp of two moments in words no list holds counts
    (:func:`_two_moments`; not right under a paragraph, where such a line is the text's own).
    ``day_first``: whether the page writes "05/03/2024" for the 5th of March.
    """
    if low.count(" ") >= MAX_WORDS or low.endswith(("?", "!")):
        return False, None
    low = ascii_digits(low)
    if _DIGIT.search(low) is None:
        # Every form of a date holds a digit: a line with none holds no date, and no time
        # either. One C scan, where the date regex is tried at every character (most lines).
        return False, None
    dates = list(_DATES.finditer(low))
    rest = low
    for found in reversed(dates):
        rest = rest[: found.start()] + " " + rest[found.end() :]
    if dates and _AGO in rest:
        rest = _REVISED_AGO.sub(" ", rest)  # "March 12, 2024 10:42 AM Updated 3 hours ago"
    if _DIGIT.search(rest):  # every time holds a digit: most lines hold none once dates are out
        rest = _TIMES.sub(" ", rest)
        if dates and _READING.search(low, dates[-1].end()) is not None:
            rest = _READING.sub(" ", rest)
    if not dates and (rest == low or not low.startswith(_HEADER_WORDS)):
        return False, None  # no date: only 'Updated at 4:05 p.m.' (a header word and a time)
    left = [w for w in _SEPARATORS.split(rest) if w.strip(".") and w.rstrip(".") not in TRIM_WORDS]
    if moments and len(dates) == 2 and len(left) <= _MOMENT_WORDS and _two_moments(low, dates):
        return True, _date_of(_article_date(low, dates), day_first)
    if len(dates) > 1 and not low.startswith(_HEADER_WORDS) and _REVISION.search(low) is None:
        # '3 May 2021 | 9 June 2021': a range, not a header ("입력 … 수정 …", "… · updated …",
        # a revision's word in any language, is one)
        return False, None
    if len(left) > outlet or (left and not dates):
        return False, None
    for word in left:
        # What is left may only be an outlet's name ('CBS News'), never running words.
        at = low.find(word)
        if word.rstrip(".").isdigit() or not norm[at : at + 1].isupper():
            return False, None
    return True, _date_of(_article_date(low, dates), day_first) if dates else None


_MOMENT_WORDS = 6
"""Words a stamp of two moments carries besides them: "Publicerad", "Uppdaterad", "kl."."""
_REVISION_LENGTH = 7
"""Letters a revision's word has at the least ("päivitetty", "opdateret", "aktualizováno");
a range's word has fewer ("to", "until", "bis", "hasta", "do")."""


def _two_moments(low: str, dates: list[re.Match[str]]) -> bool:
    """Whether a line stamps a publication's moment and a revision's, in words no list holds
    ("Publicerad 12 januari 2024 kl. 07.41 Uppdaterad 12 januari 2024 kl. 15.20", "12.3.2024
    07:00 • Päivitetty 12.3.2024 9:15"): each date with its time of day, a word at most
    before the first ("Publicerad") and a long word between them, the revision's. A range's
    two days ("3 May 2021 10:00 – 9 June 2021 18:00") are joined by a dash or a short word,
    an event's line names it before its first day, and a sentence ends like one."""
    first, second = dates
    between = low[first.end() : second.start()]
    if low[-1:] == "." and (low[-2:-1].isalpha() or low[-2:-1].isdigit()):
        return False  # a sentence, closing on a word or on its last time ("… 20:00.")
    opening = [w for w in _SEPARATORS.split(low[: first.start()]) if w and w not in TRIM_WORDS]
    if len(opening) > 1:
        return False  # "Exhibition opening 3 May 2021 10:00, closing ceremony 9 June …"
    if _TIMES.search(between) is None or _TIMES.search(low, second.end()) is None:
        return False
    return any(len(word) >= _REVISION_LENGTH and word.isalpha() for word in between.split())


REVISION_WORDS = (
    r"(?:\b(?:updated|modified|edited|last changed|last update|reviewed|revised|aktualisiert"
    r"|geändert|stand(?=:)|mis à jour|modifié|actualizado|atualizado|aggiornato|bijgewerkt"
    r"|обновлено|zaktualizowano)\b|更新|修改|수정)"
)
"""A revision's words, lower-cased, as a regex: the date they name is the revision's (the
HTML metadata reads the same words before a ``<time>`` and in a byline)."""
_REVISION = re.compile(REVISION_WORDS)
"""A revision's word before a header's first date."""


_PREFIXES = Prefixes(*_HEADER_WORDS)
_CENTURIES = ("19", "20", "25")
"""How every year of :data:`_DATES` begins (25: the Buddhist era's, see :data:`_ERA`): a date
header not opening with a header word holds one of them before two more digits. A
``str.find`` scan each, with a check at each find, costs a fraction of a regex, which tests
every character of the text."""


def date_headers(ctx: Context) -> Iterator[Match]:
    """Lines that are only a date header, anywhere on the page."""
    candidates = set(ctx.starting(_PREFIXES))
    stamped: set[int] = set()  # the short lines holding a year
    lower, words = ctx.lower, ctx.words
    # The short lines holding a year: one regex scan over them joined (a year cannot cross
    # the joins), not a regex call per line, which costs more than the scan.
    short = [i for i in ctx.short if words[i] <= MAX_WORDS]
    joined = ascii_digits("\n".join([lower[i] for i in short]))  # a year in any digits
    for century in _CENTURIES:
        at = joined.find(century)
        row = before = 0  # newlines are counted on from the last find: one pass, not one a find
        while at >= 0:
            if joined[at + 2 : at + 4].isdecimal():  # 'isdecimal' is exactly what '\d' takes
                row += joined.count("\n", before, at)
                before = at
                stamped.add(short[row])
            at = joined.find(century, at + 1)
    day_first = ("/" in joined or "-" in joined) and _writes_day_first(
        "\n".join([lower[i] for i in stamped])
    )
    found = []
    feed = False  # whether a date header is of a feed's form (see _feed_form)
    for index in sorted(candidates | stamped):
        if not ctx.free(index) or words[index] > MAX_WORDS:
            continue
        low = lower[index]
        # The cache keys on the call as written: the day's order is passed only where the
        # page writes the day first, so the other families' calls find the same entries.
        if day_first:
            ok, value = date_header(ctx.norm[index], low, MAX_LEFT, True, True)
        else:
            ok, value = date_header(ctx.norm[index], low)
        if ok and index > 0 and ctx.prose(index - 1):
            # A stamp of two moments stands in a header, not right under a paragraph, where
            # "Departure 12.3.2024 07:00 … Arrival …" is the text's own (session 26's
            # review). Asked again only there.
            ok, value = date_header(ctx.norm[index], low, MAX_LEFT, False, day_first)
        if ok:
            found.append(Match("dateline", index, index, value))
            feed = feed or _AGO in low or not _AFRICAN_MONTHS.isdisjoint(low.split())
    if feed:
        found = _at_the_head(ctx, found)
    if not _timeline(ctx, found):
        yield from found
    yield from meta_line(ctx, stamped, day_first)
    # "2h ago": a time, with no date to give. Sought in the short lines already joined.
    at = joined.find(_AGO)
    row = before = 0
    relative = []
    while at >= 0:
        after = at + len(_AGO)
        if after == len(joined) or joined[after] == "\n":
            row += joined.count("\n", before, at)
            before = at
            index = short[row]
            if (
                ctx.free(index)
                and words[index] <= _AGO_WORDS
                and RELATIVE_TIME.fullmatch(lower[index])
            ):
                relative.append(index)
        at = joined.find(_AGO, after)
    if not _headings(ctx, relative):
        for index in relative:
            yield Match("dateline", index, index)


_AFRICAN_MONTHS = frozenset(_AFRICAN)


def _feed_form(low: str) -> bool:
    """Whether a dated line is in a form a feed prints under an article as often as a stamp
    over it: a revision given as a time ago ("March 10, 2024 · Updated 5 hours ago": a
    teaser's, a review's, a listing's), or a month named as Swahili and Hausa name it, which
    their neighbours spell alike (Swahili's "Novemba" is Zulu's, whose other months no list
    holds, and a Zulu page's teaser would date it)."""
    if _AGO in low and _REVISED_AGO.search(low):
        return True
    return not _AFRICAN_MONTHS.isdisjoint(low.split())


def _at_the_head(ctx: Context, found: list[Match]) -> list[Match]:
    """The date headers but those of a feed's form below the article's first paragraph
    (:func:`_feed_form`): such a line dates the article only at its head, where the page's
    own stamp stands; under the text it is a teaser's or a reader's (session 28's review)."""
    counts = _prose_words(ctx)
    start = _article_start(counts, []) if any(counts) else ctx.total
    lower = ctx.lower
    return [m for m in found if m.first <= start or not _feed_form(lower[m.first])]


_ABOVE_TEXT = 3
"""Lines above the article's first paragraph a line of its properties may stand: a byline, a
share line or a caption between the two."""
_OPENING_LINES = 8
"""Lines from a paragraph down over which the prose it opens is weighed."""


def meta_line(ctx: Context, stamped: set[int], day_first: bool = False) -> Iterator[Match]:
    """The line of the article's properties right above its first paragraph, where a page
    prints its stamp among fields no header rule knows ("12.03.2024 08:15 Komentarze (47)",
    "Giriş: 05 Mart 2024, 13:38 Son Güncelleme: …", "2. aprill 2024 6 minutit lugemist"):
    its earliest day is the publication's, as a revision comes after it.

    Its place is the evidence, in any language: a short line, no sentence, within a few lines
    above the paragraph that opens the page's densest prose. A teaser's date sits above a
    blurb of a line or two, and a sidebar's feed before the article opens less prose. Asked
    on every page, not only where no date header gave a date: a date alone on its line
    elsewhere (a sidebar's, an event's) is the weaker evidence, and the first dated line of
    a page gives its date."""
    kinds = ctx.kinds
    if all(kinds[index] is not None for index in stamped):
        return  # every short line holding a year is read (a date header's): most pages stop
    words = ctx.words
    prose = _prose_words(ctx)
    start = _article_start(prose, sorted(stamped))
    for index in range(start - 1, max(start - 1 - _ABOVE_TEXT, -1), -1):
        if prose[index] or words[index] > MAX_WORDS:
            return
        if index not in stamped or not ctx.free(index):
            continue
        low = ascii_digits(ctx.lower[index])
        found = list(_DATES.finditer(low))
        if not found:
            continue
        if not _stamp_shape(low, found, ctx.norm[index], index == 0):
            return  # a dated line of the text's own stands between: no stamp above it
        ruled = (
            _date_of(date, day_first)
            for date in found
            if day_first or not _AMBIGUOUS.match(date.group().strip())
        )
        days = [day for day in ruled if day is not None]
        if days:
            yield Match("dateline", index, index, min(days))
            return


_AMBIGUOUS = re.compile(r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/")
"""A slashed date whose two first numbers may each be the month ("10/03/2024"): no order
the meta line can tell."""
_SLASHED = re.compile(r"\b(\d{1,2})([/-])(\d{1,2})\2(\d{2,4})\b")
_YEAR_DIGITS = 4
"""Figures of a year the slashed dates' days are weighed with (one of 19xx or 20xx)."""


def _writes_day_first(dated: str) -> bool:
    """Whether a page writes its slashed (or dashed) dates day first, as its own dates show
    where they can ("23/01/2024"), and none shows the month first ("01/23/2024"); or, where
    none can, as its dates written with the month's name show: its "05/03/2024" is then the
    5th of March, where a text alone says nothing of the page's country. ``dated``:
    the page's short lines holding a year, joined (a few lines: the regex, which tries
    every character, costs what the page's short lines together would)."""
    slashed = _SLASHED.findall(dated)
    if not slashed:
        return False
    day = month = False
    for first, _, second, _ in slashed:
        day = day or int(first) > 12
        month = month or int(second) > 12
    if day or month:
        return day and not month
    # No slashed date says: the page's dates written with the month's name do, the day
    # before the name ("12 mars 2024", "12 March 2024") as the languages and countries
    # writing "12/03/2024" for the 12th of March write it, and none after ("March 12"); and
    # the slashed dates read day first lie nearer those days than read month first (an
    # American page quoting "Le Monde, 5 mars 2024" or "Accessed 5 Mar. 2024" over its
    # "03/12/2024": session 29's review).
    worded = [
        found for found in _DATES.finditer(ascii_digits(dated)) if found[_Y1 + 1] or found[_Y2 + 1]
    ]
    if not worded or any(found[_Y2 + 1] is None for found in worded):
        return False
    said = [when for found in worded if (when := _date_of(found)) is not None]
    if not said:
        return False  # "31 février 2024": a day no calendar has says no order
    nearer = 0
    for first, _, second, year in slashed:
        if len(year) != _YEAR_DIGITS or year[:2] not in ("19", "20"):
            continue  # "05/03/24": a year of two figures, no day to weigh
        try:
            day_read = dt.date(int(year), int(second), int(first))
            month_read = dt.date(int(year), int(first), int(second))
        except ValueError:
            continue
        nearer += min(abs((day_read - when).days) for when in said) - min(
            abs((month_read - when).days) for when in said
        )
    return nearer <= 0


_LABEL_WORDS = 2
"""Words a stamp carries before its date at the most ("Publié le", "Julkaistu", "Madrid,")."""
_TIME_REACH = 12
"""Characters from a stamp's date to its time of day at the most ("…, 3:02pm", " kl. 09.30")."""
_LIST_ITEM = re.compile(r"[-–—•*·▪] ")
"""A list item's bullet opening a line."""
_TOKEN_TRIM = ".|/·•,،:;()[]–—-"


def _stamp_shape(low: str, dates: list[re.Match[str]], norm: str, opening: bool) -> bool:
    """Whether a line is shaped as a stamp, not as text holding a date (session 27's
    review: the article's own dated lines stand above its first paragraph too). A stamp:
    its first date opens the line after two words at most (a label, a weekday, a place:
    "Publié le", "Giriş:", "Madrid,") and ends it or is followed by a figure (a time, a
    count, a reading time, a second date) or by a name closing the line ("… per Laia
    Codina"); or a header word or a byline comes before the date ("… · Published 14 May
    2024", "Words by Eleanor Voss 14 February 2024"); or, after other fields (a user, a
    place), a time of day closes the line, a zone or a count after it at most. Not words
    after the date ("10 March 2024 | Hull | Lost 0-1"), an event's "concert on 12 May 2024
    at 19:30, St Mary's Church", a list's item, or a range's two dates (:func:`_range`).
    The text's first line (``opening``) is its headline ("Le 9 novembre 1989, la nuit …"),
    unless its date comes first (after a weekday at most) with a time or a name after it
    ("Tuesday 15 October 2019 by Dana Kessler": an extract without its title)."""
    first = dates[0]
    if _LIST_ITEM.match(low):
        return False  # "- Deadline: 30 May 2024", "• 12 April 2024": an item of a list
    if len(dates) > 1 and _range(low[first.end() : dates[1].start()]):
        return False
    before = [w for w in _SEPARATORS.split(low[: first.start()]) if w.strip(".")]
    after = [t for t in (w.strip(_TOKEN_TRIM) for w in low[first.end() :].split()) if t][:2]
    times = list(_TIMES.finditer(low, first.end()))
    timed = bool(times) and times[0].start() - first.end() < _TIME_REACH
    signed = _names_tail(norm[first.end() :]) if len(norm) == len(low) else False
    if opening:
        return len(before) <= 1 and (timed or signed)
    if low[: first.start()].rstrip(" :·|-–—").endswith(_HEADER_WORDS):
        return True  # "Press release · Department for Regional Transport · Published 14 May"
    if len(norm) == len(low) and BY.match(norm) is not None:
        return True  # "Words by Eleanor Voss 14 February 2024", "Isinulat ni … Mayo 8, 2024"
    if len(before) > _LABEL_WORDS:
        # Fields before the date (a user, a place, a desk) where a time closes the line, a
        # zone or a count after it at most: "mkovacs (Marta Kovács) Team January 18, 2024,
        # 3:02pm 1", "Alcalá de la Selva (Teruel) - 05 mar 2024 - 05:30 CET". Not an event's
        # "Anniversary concert on 12 May 2024 at 19:30, St Mary's Church".
        if not times:
            return False  # "Timeline of the flood, 3 March 2024", "Konzert am 12. Mai 2024 in …"
        rest = low[times[-1].end() :].split()
        return len([word for word in rest if word.strip(_TOKEN_TRIM)]) <= 1
    return not after or timed or signed or any(token[:1].isdigit() for token in after)


def _range(between: str) -> bool:
    """Whether the words between a line's two dates join a range ("3 May 2024 – 9 June
    2024", "(12. 5. 1941 – 3. 3. 2024)", "from … to …"): a dash or three short words at most,
    no time, and no revision's long word ("modifica", "Güncelleme") or Chinese, Japanese or
    Korean sign ("更新于") between them, which make the second date the revision's."""
    if not between.strip(" ,") or _TIMES.search(between) is not None:
        return False
    words = between.split()
    if len(words) > 3 or CJK_SIGNS.search(between) is not None:
        return False
    return not any(len(word.strip(_TOKEN_TRIM)) >= _REVISION_LENGTH for word in words)


_NAME_WORDS = (2, 3)
"""Words of a name closing a stamp, at the least and the most."""
_BY_LETTERS = 4
"""Letters of the small word for "by" before it at the most ("by", "per", "von", "af")."""


def _names_tail(tail: str) -> bool:
    """Whether what follows a date is a name closing the line: two or three capitalised
    words, a short small word before them at most ("by Dana Kessler", "per Laia Codina")."""
    tokens = [t for t in (w.strip(_TOKEN_TRIM) for w in tail.split()) if t]
    if tokens and tokens[0].islower() and tokens[0].isalpha() and len(tokens[0]) <= _BY_LETTERS:
        tokens = tokens[1:]
    low, high = _NAME_WORDS
    return low <= len(tokens) <= high and all(t[:1].isupper() and t.isalpha() for t in tokens)


def _prose_words(ctx: Context) -> list[int]:
    """Each line's words where it reads as prose (:meth:`Context.prose`), else 0: what
    :func:`_article_start` weighs."""
    pairs = zip(ctx.words, ctx.norm, strict=True)
    return [count if count >= 5 and line.endswith(SENTENCE_END) else 0 for count, line in pairs]


def _article_start(prose: list[int], stamped: list[int]) -> int:
    """The line that opens the most prose (``prose``: each line's words where it reads as
    prose, as :meth:`Context.prose` says, else 0) within :data:`_OPENING_LINES` lines, up to
    the next short line holding a year (``stamped``, in order: the next teaser's date): the
    first such line, unless a later one opens half as much again. 0 where no line is prose."""
    sums = [0, *accumulate(prose)]
    total = len(prose)
    start = most = 0
    for index, count in enumerate(prose):
        if count:
            after = bisect_right(stamped, index)
            stop = min(total, index + _OPENING_LINES)
            if after < len(stamped) and stamped[after] < stop:
                stop = stamped[after]
            weight = sums[stop] - sums[index]
            if 2 * weight > 3 * most:
                start, most = index, weight
    return start


_AGO = " ago"
"""How a relative time ends its line ("2 hours ago")."""
_AGO_WORDS = 4
RELATIVE_TIME = re.compile(
    r"(?:about |just )?(?:\d+|an?|one) ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d"
    r"|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?) ago"
)
"""A time given by how long ago it was, alone on its line: a teaser's or a comment's time.
Its line holds no date, so the dateline carries no value."""
_REVISED_AGO = re.compile(f"{REVISION_WORDS}:? {RELATIVE_TIME.pattern}")
"""A revision given by how long ago it was, after the stamp's date: a wire service's "March
12, 2024 10:42 AM GMT+1 Updated 3 hours ago" dates the article all the same."""


def _headings(ctx: Context, lines: list[int]) -> bool:
    """Whether the lines head the sections of the article ("20 years ago" over a paragraph,
    "10 years ago" over the next), as a timeline's dates do: two or more, each over a
    paragraph, the first under one. A teaser's time follows its summary; a comment's sits
    under its author's name."""
    if len(lines) < 2 or lines[0] == 0 or not ctx.prose(lines[0] - 1):
        return False
    total = ctx.total
    return all(i + 1 < total and ctx.prose(i + 1) for i in lines)


def _timeline(ctx: Context, found: list[Match]) -> bool:
    """Whether the dates are the headings of a timeline inside the article ("How the crisis
    unfolded": "March 10, 2023" over a paragraph, "March 28, 2023" over the next): two or more,
    bare, different and in order, every one over a paragraph, the first under one. A date
    header tops the article once, or says what it is ("Published ...", "Updated ...")."""
    if len(found) < 2:
        return False
    values = [m.value for m in found]
    dates = [v for v in values if isinstance(v, dt.date)]
    if len(dates) < len(values) or any(a >= b for a, b in pairwise(dates)):
        return False  # a timeline's dates differ and run in order
    if any(ctx.lower[m.first].startswith(_HEADER_WORDS) for m in found):
        return False  # "Published ...", "Updated ...": the article's own date headers
    return _headings(ctx, [m.first for m in found])
