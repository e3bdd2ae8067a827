#!/usr/bin/env python3
"""Generates examples/otpan-rollout.yaml, the large example plan (python3 stdlib only, fixed seed).

    python3 scripts/generate-otpan.py [--witness PATH]     # from the repository root

The Otpan project (Fund for Sustainable Development of Education, Mangystau region) trains about
7,000 teachers of 50 schools in six towns through courses and seminars of NIS and Bilim-innovation
lyceums. This script turns that into cohorts of about 25 teachers at their town's training hub,
courses of eight 3-hour modules plus two 2-hour seminars per cohort, and enough local trainers and
rooms for every town. It also writes the busy calendars of four trainers (calendars/otpan-*.ics).

Feasibility is not hoped for but shown: before writing anything the script builds a complete
schedule with a simple greedy placement that respects every hard constraint of the catalogue
(rooms, capacity, features, trainers' skills, languages, availability, busy calendars, daily load,
groups, pins, precedence, hours, breaks, holidays), and fails if it cannot. `--witness PATH` writes
that schedule in the schedule-file format. The same seed always gives the same bytes.
"""
import argparse
import datetime
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import icstext  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 20241014
FIRST_DAY, LAST_DAY = datetime.date(2024, 10, 14), datetime.date(2024, 11, 1)
TIME_ZONE = "Asia/Aqtau"
# Half-days the witness schedule uses: (start minute, end minute) of the 3-hour and 2-hour slots.
HALF_DAYS = [("am", 9 * 60, 13 * 60), ("pm", 14 * 60, 18 * 60)]
TARGET_TRAINER_LOAD = 0.75   # trainers needed = demand / (capacity x this)
TARGET_ROOM_LOAD = 0.60      # special rooms needed = demand / (capacity x this)
# Districts have no local trainers for these: a regional team based in Aktau travels to them.
TRAVELLING_SKILLS = ("english", "psychology")
CITIES = ("aktau", "zhanaozen")

# (id, name, town, address, cohorts, russian-language share, rooms, hall capacity)
TOWNS = [
    ("aktau", "Otpan training hub: NIS of Chemistry and Biology, Aktau", "Aktau",
     "Aktau, Mangystau region", 112, 0.35, 64, 400),
    ("zhanaozen", "Otpan training hub: Bilim-innovation lyceum, Zhanaozen", "Zhanaozen",
     "Zhanaozen, Mangystau region", 56, 0.10, 44, 300),
    ("fort-shevchenko", "Otpan training hub: school-lyceum, Fort-Shevchenko (Tupkaragan district)",
     "Fort-Shevchenko", "Fort-Shevchenko, Tupkaragan district", 28, 0.15, 24, 200),
    ("kuryk", "Otpan training hub: secondary school, Kuryk (Karakiyan district)", "Kuryk",
     "Kuryk, Karakiyan district", 28, 0.10, 24, 200),
    ("mangyshlak", "Otpan training hub: secondary school, Mangyshlak (Munaily district)",
     "Mangyshlak", "Mangyshlak village, Munaily district", 28, 0.10, 24, 200),
    ("shetpe", "Otpan training hub: secondary school, Shetpe (Mangistau district)", "Shetpe",
     "Shetpe, Mangistau district", 28, 0.05, 24, 200),
]
# The hubs' texts in the forum's languages (Kazakh first, the default; then Russian): name, town, address.
TOWN_TEXTS = {
    "aktau": ({"kk": "«Отпан» оқу орталығы: Ақтау қаласындағы химия-биология бағытындағы НЗМ",
               "ru": "Учебный центр «Отпан»: НИШ химико-биологического направления г. Актау"},
              {"kk": "Ақтау", "ru": "Актау"},
              {"kk": "Маңғыстау облысы, Ақтау қ.", "ru": "Мангистауская область, г. Актау"}),
    "zhanaozen": ({"kk": "«Отпан» оқу орталығы: Жаңаөзен қаласындағы «Білім-инновация» лицейі",
                   "ru": "Учебный центр «Отпан»: лицей «Білім-инновация» г. Жанаозен"},
                  {"kk": "Жаңаөзен", "ru": "Жанаозен"},
                  {"kk": "Маңғыстау облысы, Жаңаөзен қ.", "ru": "Мангистауская область, г. Жанаозен"}),
    "fort-shevchenko": ({"kk": "«Отпан» оқу орталығы: Форт-Шевченко қаласындағы мектеп-лицей (Түпқараған ауданы)",
                         "ru": "Учебный центр «Отпан»: школа-лицей г. Форт-Шевченко (Тупкараганский район)"},
                        {"kk": "Форт-Шевченко", "ru": "Форт-Шевченко"},
                        {"kk": "Маңғыстау облысы, Түпқараған ауданы, Форт-Шевченко қ.",
                         "ru": "Мангистауская область, Тупкараганский район, г. Форт-Шевченко"}),
    "kuryk": ({"kk": "«Отпан» оқу орталығы: Құрық ауылындағы жалпы білім беретін мектеп (Қарақия ауданы)",
               "ru": "Учебный центр «Отпан»: средняя школа с. Курык (Каракиянский район)"},
              {"kk": "Құрық", "ru": "Курык"},
              {"kk": "Маңғыстау облысы, Қарақия ауданы, Құрық а.",
               "ru": "Мангистауская область, Каракиянский район, с. Курык"}),
    "mangyshlak": ({"kk": "«Отпан» оқу орталығы: Маңғышлақ ауылындағы жалпы білім беретін мектеп (Мұнайлы ауданы)",
                    "ru": "Учебный центр «Отпан»: средняя школа с. Мангышлак (Мунайлинский район)"},
                   {"kk": "Маңғышлақ", "ru": "Мангышлак"},
                   {"kk": "Маңғыстау облысы, Мұнайлы ауданы, Маңғышлақ а.",
                    "ru": "Мангистауская область, Мунайлинский район, с. Мангышлак"}),
    "shetpe": ({"kk": "«Отпан» оқу орталығы: Шетпе ауылындағы жалпы білім беретін мектеп (Маңғыстау ауданы)",
                "ru": "Учебный центр «Отпан»: средняя школа с. Шетпе (Мангистауский район)"},
               {"kk": "Шетпе", "ru": "Шетпе"},
               {"kk": "Маңғыстау облысы, Маңғыстау ауданы, Шетпе а.",
                "ru": "Мангистауская область, Мангистауский район, с. Шетпе"}),
}
# Road times between the hubs (symmetric), minutes.
TRAVEL = {
    ("aktau", "zhanaozen"): 150, ("aktau", "fort-shevchenko"): 105, ("aktau", "kuryk"): 60,
    ("aktau", "mangyshlak"): 25, ("aktau", "shetpe"): 120, ("zhanaozen", "fort-shevchenko"): 240,
    ("zhanaozen", "kuryk"): 120, ("zhanaozen", "mangyshlak"): 135, ("zhanaozen", "shetpe"): 165,
    ("fort-shevchenko", "kuryk"): 165, ("fort-shevchenko", "mangyshlak"): 90,
    ("fort-shevchenko", "shetpe"): 105, ("kuryk", "mangyshlak"): 60, ("kuryk", "shetpe"): 150,
    ("mangyshlak", "shetpe"): 105,
}

# Cohort types: (id, share of teachers, course skill, course features, seminar skill,
# seminar features, cohort name, course titles by language, seminar titles by language).
ASSESSMENT = {"kk": "Критериалды бағалау және кері байланыс",
              "ru": "Критериальное оценивание и обратная связь",
              "en": "Criteria-based assessment and feedback"}
TYPES = [
    ("primary", 0.20, "primary", ["primary-classroom"], "assessment", ["projector"],
     "primary school teachers",
     {"kk": "Бастауыш сынып: жаңартылған бағдарлама бойынша оқыту",
      "ru": "Начальная школа: обучение по обновлённой программе"}, ASSESSMENT),
    ("maths", 0.12, "maths", ["projector"], "assessment", ["projector"], "teachers of mathematics",
     {"kk": "Математиканы оқыту әдістемесі", "ru": "Методика преподавания математики"}, ASSESSMENT),
    ("science", 0.14, "science", ["stem-lab"], "assessment", ["projector"],
     "teachers of physics, chemistry and biology",
     {"kk": "STEM-зертханада жаратылыстану пәндерін оқыту",
      "ru": "Естественные науки в STEM-лаборатории"}, ASSESSMENT),
    ("kazakh", 0.08, "kazakh-language", ["projector"], "assessment", ["projector"],
     "teachers of Kazakh language and literature",
     {"kk": "Қазақ тілі мен әдебиетін оқытудағы жаңа тәсілдер"}, ASSESSMENT),
    ("russian", 0.05, "russian-language", ["projector"], "assessment", ["projector"],
     "teachers of Russian language and literature",
     {"ru": "Новые подходы в преподавании русского языка и литературы"}, ASSESSMENT),
    ("english", 0.07, "english", ["projector"], "assessment", ["projector"], "teachers of English",
     {"en": "Teaching English: CLIL and communicative methods"}, ASSESSMENT),
    ("humanities", 0.09, "humanities", ["projector"], "assessment", ["projector"],
     "teachers of history and geography",
     {"kk": "Тарих пен географияны зерттеу арқылы оқыту",
      "ru": "Обучение истории и географии через исследование"}, ASSESSMENT),
    ("it", 0.06, "it-robotics", ["computers"], "assessment", ["projector"],
     "teachers of computer science and robotics",
     {"kk": "Информатика және робототехника", "ru": "Информатика и робототехника"}, ASSESSMENT),
    ("arts", 0.05, "arts", ["art-studio"], "assessment", ["projector"],
     "teachers of art, music and technology",
     {"kk": "Көркем еңбек пен музыка: шығармашылық студия",
      "ru": "Искусство и музыка: творческая студия"}, ASSESSMENT),
    ("psychologists", 0.03, "psychology", ["inclusive-room"], "inclusion", ["projector"],
     "educational psychologists",
     {"kk": "Педагог-психологтың оқушыларды сүйемелдеуі",
      "ru": "Психолого-педагогическое сопровождение учащихся"},
     {"kk": "Инклюзивті білім беруді қолдау", "ru": "Поддержка инклюзивного образования"}),
    ("methodologists", 0.04, "methodology", ["projector"], "lesson-study", ["flipchart"],
     "methodologists",
     {"kk": "Мектептегі әдістемелік жұмысты ұйымдастыру",
      "ru": "Организация методической работы в школе"},
     {"kk": "Lesson Study және іс-әрекеттегі зерттеу", "ru": "Lesson Study и исследование в действии"}),
    ("leaders", 0.07, "leadership", ["projector"], "school-development", ["flipchart"],
     "school leaders (directors and deputies)",
     {"kk": "Мектеп көшбасшылығы және өзгерістерді басқару",
      "ru": "Школьное лидерство и управление изменениями"},
     {"kk": "Мониторинг деректері бойынша мектепті дамыту жоспары",
      "ru": "План развития школы по данным мониторинга"}),
]
# What the plan calls each cohort type and its course, in Kazakh and Russian (TYPES keeps the languages
# a course is taught in, which decide the cohorts' languages; these are only the published texts).
COHORT_TEXTS = {
    "primary": ({"kk": "бастауыш сынып мұғалімдері", "ru": "учителя начальных классов"},
                {"kk": "Бастауыш сынып: жаңартылған бағдарлама бойынша оқыту",
                 "ru": "Начальная школа: обучение по обновлённой программе"}),
    "maths": ({"kk": "математика мұғалімдері", "ru": "учителя математики"},
              {"kk": "Математиканы оқыту әдістемесі", "ru": "Методика преподавания математики"}),
    "science": ({"kk": "физика, химия және биология мұғалімдері", "ru": "учителя физики, химии и биологии"},
                {"kk": "STEM-зертханада жаратылыстану пәндерін оқыту",
                 "ru": "Естественные науки в STEM-лаборатории"}),
    "kazakh": ({"kk": "қазақ тілі мен әдебиеті мұғалімдері", "ru": "учителя казахского языка и литературы"},
               {"kk": "Қазақ тілі мен әдебиетін оқытудағы жаңа тәсілдер",
                "ru": "Новые подходы в преподавании казахского языка и литературы"}),
    "russian": ({"kk": "орыс тілі мен әдебиеті мұғалімдері", "ru": "учителя русского языка и литературы"},
                {"kk": "Орыс тілі мен әдебиетін оқытудағы жаңа тәсілдер",
                 "ru": "Новые подходы в преподавании русского языка и литературы"}),
    "english": ({"kk": "ағылшын тілі мұғалімдері", "ru": "учителя английского языка"},
                {"kk": "Ағылшын тілін оқыту: CLIL және коммуникативтік әдістер",
                 "ru": "Преподавание английского языка: CLIL и коммуникативные методы"}),
    "humanities": ({"kk": "тарих және география мұғалімдері", "ru": "учителя истории и географии"},
                   {"kk": "Тарих пен географияны зерттеу арқылы оқыту",
                    "ru": "Обучение истории и географии через исследование"}),
    "it": ({"kk": "информатика және робототехника мұғалімдері", "ru": "учителя информатики и робототехники"},
           {"kk": "Информатика және робототехника", "ru": "Информатика и робототехника"}),
    "arts": ({"kk": "көркем еңбек, музыка және технология мұғалімдері",
              "ru": "учителя изобразительного искусства, музыки и технологии"},
             {"kk": "Көркем еңбек пен музыка: шығармашылық студия", "ru": "Искусство и музыка: творческая студия"}),
    "psychologists": ({"kk": "педагог-психологтар", "ru": "педагоги-психологи"},
                      {"kk": "Педагог-психологтың оқушыларды сүйемелдеуі",
                       "ru": "Психолого-педагогическое сопровождение учащихся"}),
    "methodologists": ({"kk": "әдіскерлер", "ru": "методисты"},
                       {"kk": "Мектептегі әдістемелік жұмысты ұйымдастыру",
                        "ru": "Организация методической работы в школе"}),
    "leaders": ({"kk": "мектеп басшылары (директорлар мен олардың орынбасарлары)",
                 "ru": "руководители школ (директора и заместители)"},
                {"kk": "Мектеп көшбасшылығы және өзгерістерді басқару",
                 "ru": "Школьное лидерство и управление изменениями"}),
}
# A cohort's teaching language in its name: "(қазақ тілінде)", "(на русском)".
COHORT_LANGUAGE = {"kk": {"kk": "қазақ тілінде", "ru": "орыс тілінде", "en": "ағылшын тілінде"},
                   "ru": {"kk": "на казахском", "ru": "на русском", "en": "на английском"}}
COURSE_RUNS, COURSE_HOURS, COURSE_MIN_DAYS = 8, 3, 4
SEMINAR_RUNS, SEMINAR_HOURS, SEMINAR_MIN_DAYS = 2, 2, 2
COHORT_SIZE = (20, 28)

SURNAMES_KK = ["Abenov", "Akhmetov", "Baimukhanov", "Beisenov", "Dzhaksybekov", "Yesenov",
               "Zhakenov", "Zhumabayev", "Ibraimov", "Kaliyev", "Kenzhebekov", "Kussainov",
               "Mukhanov", "Nurpeisov", "Omarov", "Ospanov", "Sadykov", "Sarsenov", "Seitkaliyev",
               "Tasbolatov", "Tleuov", "Utepov", "Khamitov", "Shaikhin", "Yerzhanov", "Dosmagambetov",
               "Kuanyshev", "Nauryzbayev", "Temirbekov", "Zholdasov"]
GIVEN_KK = [("Aigul", "f"), ("Ainur", "f"), ("Aliya", "f"), ("Gulnara", "f"), ("Dana", "f"),
            ("Zhanar", "f"), ("Kamila", "f"), ("Lazzat", "f"), ("Madina", "f"), ("Saule", "f"),
            ("Asem", "f"), ("Botagoz", "f"), ("Askar", "m"), ("Bauyrzhan", "m"), ("Daulet", "m"),
            ("Yerlan", "m"), ("Marat", "m"), ("Nurlan", "m"), ("Serik", "m"), ("Timur", "m"),
            ("Arman", "m"), ("Azamat", "m")]
SURNAMES_RU = ["Ivanov", "Petrov", "Kim", "Pak", "Sokolov", "Volkov", "Morozov", "Lebedev",
               "Kovalenko", "Shevchenko", "Tkachenko", "Popov"]
GIVEN_RU = [("Olga", "f"), ("Irina", "f"), ("Yelena", "f"), ("Natalya", "f"), ("Svetlana", "f"),
            ("Tatyana", "f"), ("Sergey", "m"), ("Andrey", "m"), ("Dmitry", "m"), ("Viktor", "m")]


# Trainers' names in Cyrillic: Kazakh and Russian spelling of the romanized names above.
CYRILLIC = {
    "Abenov": ("Әбенов", "Абенов"), "Akhmetov": ("Ахметов", "Ахметов"),
    "Baimukhanov": ("Баймұханов", "Баймуханов"), "Beisenov": ("Бейсенов", "Бейсенов"),
    "Dzhaksybekov": ("Жақсыбеков", "Джаксыбеков"), "Yesenov": ("Есенов", "Есенов"),
    "Zhakenov": ("Жакенов", "Жакенов"), "Zhumabayev": ("Жұмабаев", "Жумабаев"),
    "Ibraimov": ("Ибраимов", "Ибраимов"), "Kaliyev": ("Қалиев", "Калиев"),
    "Kenzhebekov": ("Кенжебеков", "Кенжебеков"), "Kussainov": ("Құсайынов", "Кусаинов"),
    "Mukhanov": ("Мұханов", "Муханов"), "Nurpeisov": ("Нұрпейісов", "Нурпеисов"),
    "Omarov": ("Омаров", "Омаров"), "Ospanov": ("Оспанов", "Оспанов"), "Sadykov": ("Садықов", "Садыков"),
    "Sarsenov": ("Сәрсенов", "Сарсенов"), "Seitkaliyev": ("Сейітқалиев", "Сейткалиев"),
    "Tasbolatov": ("Тасболатов", "Тасболатов"), "Tleuov": ("Тілеуов", "Тлеуов"),
    "Utepov": ("Өтепов", "Утепов"), "Khamitov": ("Хамитов", "Хамитов"), "Shaikhin": ("Шайхин", "Шайхин"),
    "Yerzhanov": ("Ержанов", "Ержанов"), "Dosmagambetov": ("Досмағамбетов", "Досмагамбетов"),
    "Kuanyshev": ("Қуанышев", "Куанышев"), "Nauryzbayev": ("Наурызбаев", "Наурызбаев"),
    "Temirbekov": ("Темірбеков", "Темирбеков"), "Zholdasov": ("Жолдасов", "Жолдасов"),
    "Ivanov": ("Иванов", "Иванов"), "Petrov": ("Петров", "Петров"), "Kim": ("Ким", "Ким"),
    "Pak": ("Пак", "Пак"), "Sokolov": ("Соколов", "Соколов"), "Volkov": ("Волков", "Волков"),
    "Morozov": ("Морозов", "Морозов"), "Lebedev": ("Лебедев", "Лебедев"),
    "Kovalenko": ("Коваленко", "Коваленко"), "Shevchenko": ("Шевченко", "Шевченко"),
    "Tkachenko": ("Ткаченко", "Ткаченко"), "Popov": ("Попов", "Попов"),
    "Aigul": ("Айгүл", "Айгуль"), "Ainur": ("Айнұр", "Айнур"), "Aliya": ("Әлия", "Алия"),
    "Gulnara": ("Гүлнара", "Гульнара"), "Dana": ("Дана", "Дана"), "Zhanar": ("Жанар", "Жанар"),
    "Kamila": ("Камила", "Камила"), "Lazzat": ("Ләззат", "Ляззат"), "Madina": ("Мадина", "Мадина"),
    "Saule": ("Сәуле", "Сауле"), "Asem": ("Әсем", "Асем"), "Botagoz": ("Ботагөз", "Ботагоз"),
    "Askar": ("Асқар", "Аскар"), "Bauyrzhan": ("Бауыржан", "Бауыржан"), "Daulet": ("Дәулет", "Даулет"),
    "Yerlan": ("Ерлан", "Ерлан"), "Marat": ("Марат", "Марат"), "Nurlan": ("Нұрлан", "Нурлан"),
    "Serik": ("Серік", "Серик"), "Timur": ("Тимур", "Тимур"), "Arman": ("Арман", "Арман"),
    "Azamat": ("Азамат", "Азамат"), "Olga": ("Ольга", "Ольга"), "Irina": ("Ирина", "Ирина"),
    "Yelena": ("Елена", "Елена"), "Natalya": ("Наталья", "Наталья"), "Svetlana": ("Светлана", "Светлана"),
    "Tatyana": ("Татьяна", "Татьяна"), "Sergey": ("Сергей", "Сергей"), "Andrey": ("Андрей", "Андрей"),
    "Dmitry": ("Дмитрий", "Дмитрий"), "Viktor": ("Виктор", "Виктор"),
}
# Surnames that keep one form for women.
UNINFLECTED = ("Kim", "Pak", "Kovalenko", "Shevchenko", "Tkachenko")
# The organizations trainers come from.
ORGS = {"NIS": ("НЗМ", "НИШ"), "Bilim-innovation": ("«Білім-инновация»", "«Білім-инновация»"),
        "NIS, travelling team": ("НЗМ, көшпелі топ", "НИШ, выездная группа"),
        "NIS, regional team": ("НЗМ, өңірлік топ", "НИШ, региональная группа"),
        "director, NIS Aktau": ("Ақтау НЗМ директоры", "директор НИШ г. Актау"),
        "Bilim-innovation lyceums": ("«Білім-инновация» лицейлері", "лицеи «Білім-инновация»")}
# Room kinds in Kazakh and Russian (a number follows).
ROOM_TEXTS = {"primary-classroom": ("Бастауыш сынып кабинеті", "Кабинет начальных классов"),
              "stem-lab": ("STEM-зертхана", "STEM-лаборатория"),
              "computers": ("Информатика және робототехника кабинеті", "Кабинет информатики и робототехники"),
              "art-studio": ("Шығармашылық студия", "Арт-студия"),
              "inclusive-room": ("Инклюзивті білім берудің ресурстық кабинеті", "Ресурсный кабинет инклюзивного образования")}


def forum_days():
    """Weekdays of the forum minus the public holidays in calendars/kz-holidays.ics."""
    blocked = set()
    with open(os.path.join(ROOT, "calendars", "kz-holidays.ics"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("DTSTART;VALUE=DATE:"):
                blocked.add(datetime.datetime.strptime(line.strip()[-8:], "%Y%m%d").date())
    days, d = [], FIRST_DAY
    while d <= LAST_DAY:
        if d.weekday() < 5 and d not in blocked:
            days.append(d)
        d += datetime.timedelta(days=1)
    return days


def apportion(total, shares):
    """Largest-remainder split of `total` by `shares` (deterministic)."""
    raw = [total * s for s in shares]
    counts = [int(r) for r in raw]
    order = sorted(range(len(shares)), key=lambda i: (-(raw[i] - counts[i]), i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def hm(minutes):
    """`09:30`."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def duration(minutes):
    """`2h30m`, `1h`, `25m`."""
    h, m = divmod(minutes, 60)
    return (f"{h}h" if h else "") + (f"{m}m" if m else "")


def q(text):
    """A double-quoted YAML scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def qt(texts):
    """A plan text: `{kk: "…", ru: "…"}`, or one quoted string when both languages read the same."""
    if texts["kk"] == texts["ru"]:
        return q(texts["kk"])
    return "{kk: " + q(texts["kk"]) + ", ru: " + q(texts["ru"]) + "}"


def kkru(pair):
    """`("…", "…")` as `{"kk": …, "ru": …}`."""
    return {"kk": pair[0], "ru": pair[1]}


class Model:
    """Everything the plan holds, as plain dicts (the witness placement is `Witness`)."""

    def __init__(self, rng, days):
        self.rng, self.days = rng, days
        self.venues, self.trainers, self.groups, self.sessions = [], [], [], []
        self.calendars = {}  # file name -> .ics bytes

    # -- cohorts and sessions ----------------------------------------------------------------
    def build_cohorts(self):
        type_shares = [t[1] for t in TYPES]
        for town, _, town_name, _, cohorts, ru_share, _, _ in TOWNS:
            for (tid, _, cskill, cfeat, sskill, sfeat, who, ctitles, stitles), n in zip(
                    TYPES, apportion(cohorts, type_shares)):
                for k in range(1, n + 1):
                    langs = sorted(ctitles)
                    if langs == ["en"]:
                        lang = "en"
                    elif len(langs) == 1:
                        lang = langs[0]
                    else:
                        lang = "ru" if self.rng.random() < ru_share else "kk"
                    gid = f"{town}-{tid}-{k:02d}"
                    size = self.rng.randint(*COHORT_SIZE)
                    who_texts, course_texts = COHORT_TEXTS[tid]
                    town_texts = TOWN_TEXTS[town][1]
                    self.groups.append({"id": gid, "size": size, "home_venue": town, "type": tid,
                                        "lang": lang, "town": town, "name": {
                                            "kk": f"{town_texts['kk']}: {who_texts['kk']}, {k}-топ ({COHORT_LANGUAGE['kk'][lang]})",
                                            "ru": f"{town_texts['ru']}: {who_texts['ru']}, группа {k} ({COHORT_LANGUAGE['ru'][lang]})"}})
                    self.sessions.append({
                        "id": f"{gid}-course", "title": course_texts, "kind": "course-module",
                        "minutes": COURSE_HOURS * 60, "groups": [gid], "features": cfeat,
                        "language": lang, "skill": cskill, "runs": COURSE_RUNS,
                        "min_days": COURSE_MIN_DAYS, "venue": town, "size": size})
                    self.sessions.append({
                        "id": f"{gid}-seminar", "title": {"kk": stitles["kk"], "ru": stitles["ru"]},
                        "kind": "seminar", "minutes": SEMINAR_HOURS * 60, "groups": [gid],
                        "features": sfeat, "language": lang, "skill": sskill,
                        "runs": SEMINAR_RUNS, "min_days": SEMINAR_MIN_DAYS, "venue": town,
                        "size": size,
                        # leaders plan their school's development once their course is over
                        "after": [f"{gid}-course"] if tid == "leaders" else []})

    def demand(self):
        """Trainer-hours needed per (town, skill, language)."""
        need = {}
        for s in self.sessions:
            if "skill" not in s:
                continue
            key = (s["venue"], s["skill"], s["language"])
            need[key] = need.get(key, 0) + s["runs"] * s["minutes"] / 60
        return need

    # -- trainers ----------------------------------------------------------------------------
    def person(self, russian):
        surnames, given = (SURNAMES_RU, GIVEN_RU) if russian else (SURNAMES_KK, GIVEN_KK)
        first, sex = self.rng.choice(given)
        last = self.rng.choice(surnames)
        cyrillic = [f"{CYRILLIC[first][i]} {CYRILLIC[last][i]}" for i in (0, 1)]
        if sex == "f":
            cyrillic = [c + ("" if last in UNINFLECTED else "а") for c in cyrillic]
            last = last + "a"
        return f"{first} {last}", last.lower(), cyrillic

    def add_trainer(self, town, skills, languages, russian_name, org):
        name, slug, cyrillic = self.person(russian_name)
        tid = f"{slug}-{len(self.trainers) + 1:03d}"
        trainer = {"id": tid, "name": f"{name} ({org})", "languages": languages,
                   "texts": {"kk": f"{cyrillic[0]} ({ORGS[org][0]})", "ru": f"{cyrillic[1]} ({ORGS[org][1]})"},
                   "skills": skills, "home_venue": town, "max_daily_load": 6 * 60,
                   "min_break": 0, "availability": [], "unavailable": [], "avoid": [],
                   "busy": []}
        self.trainers.append(trainer)
        return trainer

    def build_trainers(self):
        per_day = 6  # hours a trainer can teach per day (max_daily_load)
        capacity = len(self.days) * per_day * TARGET_TRAINER_LOAD
        need = self.demand()
        for town, *_ in TOWNS:
            skills = sorted({k[1] for k in need if k[0] == town})
            for skill in skills:
                if town not in CITIES and skill in TRAVELLING_SKILLS:
                    continue
                by_lang = {lang: h for (t, s, lang), h in need.items() if t == town and s == skill}
                total = sum(by_lang.values())
                count = max(1, math.ceil(total / capacity))
                # enough speakers of each language on their own, the rest bilingual kk/ru
                speakers = {lang: max(1, math.ceil(h / capacity)) for lang, h in by_lang.items()}
                for i in range(count):
                    langs = [lang for lang in ("kk", "ru", "en")
                             if lang in by_lang and i < speakers[lang]]
                    if not langs:
                        langs = [lang for lang in ("kk", "ru") if lang in by_lang] or sorted(by_lang)
                    if "en" in langs:
                        langs = ["en", "kk", "ru"][: 2 + (i % 2)]
                    elif "kk" in langs and "ru" not in langs and self.rng.random() < 0.5:
                        langs = langs + ["ru"]
                    org = "NIS" if self.rng.random() < 0.55 else "Bilim-innovation"
                    extra = []
                    if skill not in ("assessment", "inclusion", "school-development",
                                     "lesson-study") and self.rng.random() < 0.3:
                        extra = ["assessment"]
                    self.add_trainer(town, [skill] + extra, langs, "ru" in langs[:1], org)
        # The travelling team: based in Aktau, teaching the districts' English teachers and
        # psychologists (an afternoon a day there, as road times allow).
        for skill in TRAVELLING_SKILLS:
            hours = sum(h for (town, s, _), h in need.items() if s == skill and town not in CITIES)
            runs = sum(x["runs"] for x in self.sessions
                       if x["skill"] == skill and x["venue"] not in CITIES)
            count = math.ceil(runs / (len(self.days) * TARGET_TRAINER_LOAD))
            langs = ["en", "kk", "ru"] if skill == "english" else ["kk", "ru"]
            for _ in range(count):
                self.add_trainer("aktau", [skill], langs, False, "NIS, travelling team")
            print(f"travelling team: {count} trainers for {skill} ({hours:.0f} h in the districts)",
                  file=sys.stderr)
        # Regional trainers based in Aktau: they may take sessions in any town.
        for i, skill in enumerate(["leadership", "methodology", "assessment", "psychology",
                                   "school-development", "lesson-study", "inclusion", "science"]):
            self.add_trainer("aktau", [skill, "assessment"] if skill != "assessment" else [skill],
                             ["kk", "ru"], i % 3 == 2, "NIS, regional team")
        self.add_constraints_to_trainers()

    def add_constraints_to_trainers(self):
        """Some trainers teach only part of the time, some avoid late hours, four send calendars."""
        days = self.days
        team = {}
        for t in self.trainers:
            key = (t["home_venue"], t["skills"][0])
            team[key] = team.get(key, 0) + 1
        for n, t in enumerate(self.trainers):
            if team[(t["home_venue"], t["skills"][0])] < 3:
                continue          # small teams keep their full time
            if n % 11 == 3:       # available only the first two weeks
                t["availability"] = [f"{d} 09:00-18:00" for d in days[:9]]
            elif n % 11 == 6:     # afternoons only (teaches lessons in the morning)
                t["availability"] = ["14:00-18:00"]
            elif n % 11 == 8:     # part-time: four hours a day at most
                t["max_daily_load"] = 4 * 60
                t["min_break"] = 30
            elif n % 17 == 5:     # away one day
                t["unavailable"] = [f"{days[5 + n % 5]} 09:00-18:00"]
            if n % 13 == 4:
                t["avoid"] = ["16:00-18:00"]
        for n, t in enumerate([t for i, t in enumerate(self.trainers) if i % 11 == 1][:4]):
            self.add_busy_calendar(t, n)

    def add_busy_calendar(self, trainer, n):
        """Lessons at the trainer's own school one morning a week, one all-day event, a
        transparent and a cancelled event (the last two must not count as busy)."""
        days = self.days
        name = f"otpan-{trainer['id']}-busy.ics"
        trainer["busy_calendars"] = [f"../calendars/{name}"]
        weekly_day = [1, 3, 2, 4][n]               # Tue, Thu, Wed, Fri
        first = next(d for d in days if d.weekday() == weekly_day)
        skipped = first + datetime.timedelta(days=7)
        allday = days[7 + n]
        free = days[2 + n]
        trainer["busy"] = (
            [(d, 9 * 60, 12 * 60) for d in days if d.weekday() == weekly_day and d != skipped]
            + [(allday, 0, 24 * 60)])
        uid = trainer["id"]
        body = icstext_event(f"{uid}-lessons@otpan.example", first, "090000", "120000",
                             "Lessons at my school", [
                                 f"RRULE:FREQ=WEEKLY;UNTIL={LAST_DAY:%Y%m%d}T235959Z",
                                 f"EXDATE;TZID={TIME_ZONE}:{skipped:%Y%m%d}T090000"])
        body += [
            "BEGIN:VEVENT", f"UID:{uid}-meeting@otpan.example", f"DTSTAMP:{icstext.DTSTAMP}",
            f"DTSTART;VALUE=DATE:{allday:%Y%m%d}",
            f"DTEND;VALUE=DATE:{allday + datetime.timedelta(days=1):%Y%m%d}",
            "SUMMARY:District methodological day", "END:VEVENT"]
        body += icstext_event(f"{uid}-hold@otpan.example", free, "140000", "180000",
                              "Hold: prepare materials", ["TRANSP:TRANSPARENT"])
        body += icstext_event(f"{uid}-cancelled@otpan.example", free, "090000", "130000",
                              "Parents' meeting (cancelled)", ["STATUS:CANCELLED"])
        self.calendars[name] = icstext.calendar(f"{trainer['name']}: busy", body, [TIME_ZONE])

    # -- rooms -------------------------------------------------------------------------------
    def build_venues(self):
        half_days = len(self.days) * len(HALF_DAYS)
        for town, name, town_name, address, _, _, room_count, hall in TOWNS:
            needs = {}
            for s in self.sessions:
                if s["venue"] == town and s["features"] not in (["projector"], ["flipchart"]):
                    f = s["features"][0]
                    needs[f] = needs.get(f, 0) + s["runs"]
            rooms = [{"id": f"{town}-hall", "name": {"kk": "Мәжіліс залы", "ru": "Актовый зал"}, "capacity": hall,
                      "features": ["stage", "projector", "sound"]},
                     {"id": f"{town}-conference", "name": {"kk": "Конференц-зал", "ru": "Конференц-зал"}, "capacity": 60,
                      "features": ["projector", "flipchart"]}]
            for feature in sorted(needs):
                count = max(1, math.ceil(needs[feature] / (half_days * TARGET_ROOM_LOAD)))
                for k in range(1, count + 1):
                    features = [feature, "projector"]
                    if feature == "computers":
                        features = [feature, "robotics", "projector"]
                    rooms.append({"id": f"{town}-{feature}-{k}", "name": {"kk": f"{ROOM_TEXTS[feature][0]} {k}", "ru": f"{ROOM_TEXTS[feature][1]} {k}"},
                                  "capacity": 30, "features": features})
            rooms.append({"id": f"{town}-tv-studio", "name": {"kk": "Телестудия", "ru": "Телестудия"}, "capacity": 30,
                          "features": ["tv-studio", "projector"]})
            rooms.append({"id": f"{town}-library", "name": {"kk": "Кітапхана", "ru": "Библиотека"}, "capacity": 40,
                          "features": ["projector", "flipchart"]})
            k = 0
            while len(rooms) < room_count:
                k += 1
                features = ["projector", "flipchart"] if k % 3 else ["projector"]
                rooms.append({"id": f"{town}-room-{100 + k}", "name": {"kk": f"{100 + k}-кабинет", "ru": f"Кабинет {100 + k}"},
                              "capacity": 30 if k % 4 else 32, "features": features})
            name, town_name, address = TOWN_TEXTS[town]
            self.venues.append({"id": town, "name": name, "town": town_name, "address": address,
                                "rooms": rooms})

    # -- a few fixed events ------------------------------------------------------------------
    def build_pinned(self):
        days = self.days
        groups = {g["id"]: g for g in self.groups}
        leaders = [g["id"] for g in self.groups if g["type"] == "leaders"
                   and g["town"] in ("aktau", "mangyshlak")]
        heads = [self.add_trainer("aktau", ["leadership", "school-development"], ["kk", "ru"],
                                  False, "director, NIS Aktau"),
                 self.add_trainer("aktau", ["leadership", "methodology"], ["kk", "ru"], True,
                                  "Bilim-innovation lyceums")]
        self.sessions.insert(0, {
            "id": "launch", "title": {"kk": "«Отпан» жобасының басталуы: 50 мектепке әдістемелік қолдау",
                                     "ru": "Старт проекта «Отпан»: методическая поддержка 50 школ"},
            "kind": "plenary", "minutes": 120, "groups": leaders, "features": ["stage"],
            "trainers": [t["id"] for t in heads], "runs": 1, "venue": "aktau",
            "size": sum(groups[g]["size"] for g in leaders),
            "pin": {"day": days[0], "start": 9 * 60, "room": "aktau-hall"}})
        methodologists = [g["id"] for g in self.groups
                          if g["type"] == "methodologists" and g["town"] == "zhanaozen"]
        self.sessions.insert(1, {
            "id": "zhanaozen-council", "title": {"kk": "Жаңаөзен қаласының әдістемелік кеңесі",
                                                "ru": "Методический совет г. Жанаозен"},
            "kind": "seminar", "minutes": 120, "groups": methodologists,
            "features": ["projector"], "trainers": [heads[1]["id"]], "runs": 1,
            "venue": "zhanaozen", "size": sum(groups[g]["size"] for g in methodologists),
            "pin": {"day": days[2], "start": 14 * 60}})
        aktau_methodologists = [g["id"] for g in self.groups
                                if g["type"] == "methodologists" and g["town"] == "aktau"]
        self.sessions.insert(2, {
            "id": "results", "title": {"kk": "«Отпан» курстарының бірінші толқынының қорытындысы",
                                      "ru": "Итоги первой волны курсов «Отпан»"},
            "kind": "ceremony", "minutes": 120, "groups": aktau_methodologists,
            "features": ["stage"], "trainers": [heads[0]["id"]], "runs": 1, "venue": "aktau",
            "size": sum(groups[g]["size"] for g in aktau_methodologists),
            "after": [f"{g}-course" for g in aktau_methodologists],
            "pin": {"day": days[-1], "start": 15 * 60, "room": "aktau-hall"}})


def icstext_event(uid, day, start, end, summary, extra):
    return (["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{icstext.DTSTAMP}",
             f"DTSTART;TZID={TIME_ZONE}:{day:%Y%m%d}T{start}",
             f"DTEND;TZID={TIME_ZONE}:{day:%Y%m%d}T{end}",
             "SUMMARY:" + icstext.escape(summary)] + list(extra) + ["END:VEVENT"])


class Witness:
    """Greedy placement on half-days that respects every hard constraint, or fails."""

    def __init__(self, model):
        self.m = model
        self.rooms = {r["id"]: (v["id"], r) for v in model.venues for r in v["rooms"]}
        self.room_busy, self.group_busy, self.trainer_busy = set(), set(), set()
        self.trainer_load = {}      # (trainer, day) -> minutes
        self.trainer_total = {}     # trainer -> minutes
        self.end_of = {}            # session id -> latest (day index, end minute)
        self.assignments = []

    @staticmethod
    def window_ok(trainer, day, start, end):
        def parse(w):
            parts = w.split()
            date = datetime.date.fromisoformat(parts[0]) if len(parts) == 2 else None
            a, b = parts[-1].split("-")
            return date, int(a[:2]) * 60 + int(a[3:]), int(b[:2]) * 60 + int(b[3:])
        if trainer["availability"]:
            if not any((d is None or d == day) and a <= start and end <= b
                       for d, a, b in map(parse, trainer["availability"])):
                return False
        for d, a, b in map(parse, trainer["unavailable"]):
            if (d is None or d == day) and a < end and start < b:
                return False
        for d, a, b in trainer["busy"]:
            if d == day and a < end and start < b:
                return False
        return True

    def trainer_ok(self, t, session, di, half, start, end):
        day = self.m.days[di]
        if (t["id"], di, half) in self.trainer_busy:
            return False
        if self.trainer_load.get((t["id"], di), 0) + session["minutes"] > t["max_daily_load"]:
            return False
        if not self.window_ok(t, day, start, end):
            return False
        # a trainer works in one town per day in the witness, so travel never arises
        town = self.town_of_day.get((t["id"], di))
        return town is None or town == session["venue"]

    def place(self, session, run, di, half, start, room, trainers):
        end = start + session["minutes"]
        self.room_busy.add((room, di, half))
        for g in session["groups"]:
            self.group_busy.add((g, di, half))
        for t in trainers:
            self.trainer_busy.add((t["id"], di, half))
            self.trainer_load[(t["id"], di)] = self.trainer_load.get((t["id"], di), 0) + session["minutes"]
            self.trainer_total[t["id"]] = self.trainer_total.get(t["id"], 0) + session["minutes"]
            self.town_of_day[(t["id"], di)] = session["venue"]
        prev = self.end_of.get(session["id"], (-1, 0))
        self.end_of[session["id"]] = max(prev, (di, end))
        self.assignments.append((session["id"], run if session["runs"] > 1 else None,
                                 self.m.days[di], start, end, room, [t["id"] for t in trainers]))

    def run(self):
        m = self.m
        self.town_of_day = {}
        # sessions a pinned session must follow have to end before the pin
        self.deadline = {}
        self.has_successor = {a for s in m.sessions for a in s.get("after", [])}
        for s in m.sessions:
            if "pin" in s:
                for a in s.get("after", []):
                    self.deadline[a] = (m.days.index(s["pin"]["day"]), s["pin"]["start"])
        by_id = {t["id"]: t for t in m.trainers}
        eligible = {}
        for s in m.sessions:
            if "skill" in s:
                travel = s["venue"] not in CITIES and s["skill"] in TRAVELLING_SKILLS
                eligible[s["id"]] = [t for t in m.trainers if s["skill"] in t["skills"]
                                     and s["language"] in t["languages"]
                                     and (t["home_venue"] == s["venue"] or travel)]
        # Pinned sessions first, then the scarcest: special rooms, few trainers, precedence last.
        pinned = [s for s in m.sessions if "pin" in s and not s.get("after")]
        rest = [s for s in m.sessions if "pin" not in s]
        rest.sort(key=lambda s: (bool(s.get("after")), s["features"] in (["projector"], ["flipchart"]),
                                 len(eligible.get(s["id"], [])), s["id"]))
        tail = [s for s in m.sessions if "pin" in s and s.get("after")]
        for s in pinned + rest + tail:
            for run in range(1, s["runs"] + 1):
                if not self.place_one(s, run, eligible.get(s["id"]), by_id):
                    raise SystemExit(f"generate-otpan: no witness placement for {s['id']} run {run}")

    def place_one(self, s, run, pool, by_id):
        m = self.m
        n_days = len(m.days)
        if "pin" in s:
            di_list = [m.days.index(s["pin"]["day"])]
        else:
            # spread runs: start each run on a different day, rotated by the group's position
            span = n_days - 3 if s["id"] in self.has_successor else n_days  # leave room after it
            offset = (sum(map(ord, s["id"])) + run * span // s["runs"]) % span
            di_list = [(offset + k) % span for k in range(span)]
        earliest = max((self.end_of.get(a, None) or (n_days, 0) for a in s.get("after", [])),
                       default=(-1, 0))
        used_days = {a[2] for a in self.assignments if a[0] == s["id"]}
        di_list.sort(key=lambda di: m.days[di] in used_days)   # stable: prefer fresh days
        for di in di_list:
            for half, h_start, _ in HALF_DAYS:
                start = s["pin"]["start"] if "pin" in s else h_start
                if "pin" in s and not (h_start <= start < h_start + 240):
                    continue
                if half == "am" and s["venue"] not in CITIES and s.get("skill") in TRAVELLING_SKILLS:
                    continue    # visiting trainers arrive for the afternoon
                end = start + s["minutes"]
                if (di, start) < earliest or (di, end) > self.deadline.get(s["id"], (n_days, 0)):
                    continue
                if any((g, di, half) in self.group_busy for g in s["groups"]):
                    continue
                room = self.free_room(s, di, half)
                if room is None:
                    continue
                trainers = [by_id[t] for t in s.get("trainers", [])]
                if any(not self.trainer_ok(t, s, di, half, start, end) for t in trainers):
                    continue
                if pool is not None:
                    candidates = [t for t in pool if self.trainer_ok(t, s, di, half, start, end)]
                    if not candidates:
                        continue
                    candidates.sort(key=lambda t: (self.trainer_total.get(t["id"], 0), t["id"]))
                    trainers = trainers + candidates[:1]
                self.place(s, run, di, half, start, room, trainers)
                return True
        return False

    def free_room(self, s, di, half):
        if "pin" in s and "room" in s["pin"]:
            candidates = [s["pin"]["room"]]
        else:
            candidates = [r["id"] for r in next(v for v in self.m.venues if v["id"] == s["venue"])["rooms"]]
        best = None
        for rid in candidates:
            _, room = self.rooms[rid]
            if (rid, di, half) in self.room_busy or room["capacity"] < s["size"]:
                continue
            if not set(s["features"]) <= set(room["features"]):
                continue
            # keep rooms with special equipment free for the sessions that need it
            extra = sum(1 if f in ("projector", "flipchart") else 10
                        for f in room["features"] if f not in s["features"])
            if best is None or (extra, room["capacity"]) < best[0]:
                best = ((extra, room["capacity"]), rid)
        return best[1] if best else None


def render(model):
    out = []
    w = out.append
    days = model.days
    w("# GENERATED by scripts/generate-otpan.py (seed %d): do not edit by hand, edit the script." % SEED)
    w("# The Otpan rollout in Mangystau region: about 7,000 teachers of 50 schools in six towns, in")
    w("# cohorts of 20-28 at their town's training hub, trained by NIS and Bilim-innovation lyceums.")
    w("# Source: news on the Otpan project (Fund for Sustainable Development of Education). Cohorts,")
    w("# courses, rooms, trainers and dates are invented to the article's scale; see examples/README.md.")
    w("forum:")
    w("  id: otpan-2024-wave-1")
    w("  languages: [kk, ru]")
    w("  title:")
    w("    kk: " + q("«Отпан»: біліктілікті арттыру курстары, бірінші толқын"))
    w("    ru: " + q("«Отпан»: курсы повышения квалификации, первая волна"))
    w("  time_zone: " + TIME_ZONE)
    w(f"  days: {{from: {FIRST_DAY}, to: {LAST_DAY}, weekdays: [mon, tue, wed, thu, fri]}}")
    w("  holidays: [../calendars/kz-holidays.ics]   # 25 October, Republic Day")
    w('  hours: {start: "09:00", end: "18:00"}')
    w('  breaks: ["13:00-14:00"]')
    w("  grid: 30m")
    w('  late_after: "17:00"')
    w("  description:")
    w("    kk: " + q(
        "Ақтау, Жаңаөзен қалалары мен Түпқараған, Қарақия, Мұнайлы және Маңғыстау аудандарындағы "
        "«Отпан» жобасының 50 мектебінің пән мұғалімдеріне, педагог-психологтарына, әдіскерлеріне және "
        "басшыларына арналған курстар мен семинарлар; олардың арасында Ибаш Жанболатова атындағы № 15 "
        "мектеп, Фариза Оңғарсынова атындағы № 29 мектеп және Ақтаудағы № 8 мектеп бар. Жоба сыныптарды "
        "қайта жабдықтады: STEM-зертханалар, робототехника, шығармашылық студиялар мен телестудиялар, "
        "инклюзивті білім берудің ресурстық кабинеттері."))
    w("    ru: " + q(
        "Курсы и семинары для учителей-предметников, педагогов-психологов, методистов и руководителей "
        "50 школ проекта «Отпан» в городах Актау, Жанаозен и в Тупкараганском, Каракиянском, Мунайлинском "
        "и Мангистауском районах, среди них школа № 15 имени Ибаш Жанболатовой, школа № 29 имени Фаризы "
        "Онгарсыновой и школа № 8 г. Актау. Проект переоснастил классы: STEM-лаборатории, робототехника, "
        "творческие и телестудии, ресурсные кабинеты инклюзивного образования."))
    w("")
    w("venues:")
    for v in model.venues:
        w(f"  - id: {v['id']}")
        w(f"    name: {qt(v['name'])}")
        w(f"    town: {qt(v['town'])}")
        w(f"    address: {qt(v['address'])}")
        w("    rooms:")
        for r in v["rooms"]:
            w(f"      - {{id: {r['id']}, name: {qt(r['name'])}, capacity: {r['capacity']}, "
              f"features: [{', '.join(r['features'])}]}}")
    w("")
    w("travel:")
    for (a, b), minutes in TRAVEL.items():
        w(f"  - {{between: [{a}, {b}], time: {duration(minutes)}}}")
    w("")
    w("trainers:")
    for t in model.trainers:
        fields = [f"id: {t['id']}", f"name: {qt(t['texts'])}",
                  f"languages: [{', '.join(t['languages'])}]",
                  f"skills: [{', '.join(t['skills'])}]", f"home_venue: {t['home_venue']}",
                  f"max_daily_load: {t['max_daily_load'] // 60}h"]
        if t["min_break"]:
            fields.append(f"min_break: {t['min_break']}m")
        for key in ("availability", "unavailable", "avoid"):
            if t[key]:
                fields.append(f"{key}: [{', '.join(q(x) for x in t[key])}]")
        if t.get("busy_calendars"):
            fields.append(f"busy_calendars: [{', '.join(t['busy_calendars'])}]")
        w("  - {" + ", ".join(fields) + "}")
    w("")
    w("groups:")
    for g in model.groups:
        w(f"  - {{id: {g['id']}, name: {qt(g['name'])}, size: {g['size']}, home_venue: {g['home_venue']}}}")
    w("")
    w("sessions:")
    for s in model.sessions:
        w(f"  - id: {s['id']}")
        w(f"    title: {qt(s['title'])}")
        w(f"    kind: {s['kind']}")
        w(f"    duration: {duration(s['minutes'])}")
        w(f"    groups: [{', '.join(s['groups'])}]")
        w(f"    features: [{', '.join(s['features'])}]")
        if "language" in s:
            w(f"    language: {s['language']}")
        if s.get("trainers"):
            w(f"    trainers: [{', '.join(s['trainers'])}]")
        if "skill" in s:
            w(f"    pool: {{count: 1, skills: [{s['skill']}]}}")
        if s["runs"] > 1:
            w(f"    repeats: {{count: {s['runs']}, min_days: {s['min_days']}}}")
        if s.get("after"):
            w(f"    after: [{', '.join(s['after'])}]")
        w(f"    venue: {s['venue']}")
        if "pin" in s:
            pin = s["pin"]
            parts = [f"day: {pin['day']}", f'start: "{hm(pin["start"])}"']
            if "room" in pin:
                parts.append(f"room: {pin['room']}")
            w("    pin: {" + ", ".join(parts) + "}")
    w("")
    w("constraints:")
    w("  spread-over-days: {level: soft, weight: 60}")
    w("  load-balance: {level: soft, weight: 2}")
    return ("\n".join(out) + "\n").encode("utf-8")


def render_witness(model, witness):
    lines = ["forum: otpan-2024-wave-1", "assignments:"]
    for sid, run, day, start, end, room, trainers in sorted(
            witness.assignments, key=lambda a: (a[0], a[1] or 0)):
        lines.append(f"- session: {sid}")
        if run is not None:
            lines.append(f"  occurrence: {run}")
        lines += [f"  date: {day}", f'  start: "{hm(start)}"', f'  end: "{hm(end)}"',
                  f"  room: {room}", f"  trainers: [{', '.join(trainers)}]"]
    lines.append("unplaced: []")
    return ("\n".join(lines) + "\n").encode("utf-8")


def teaching_minutes(trainer, day):
    """Minutes a trainer can teach on `day`: open hours within availability, minus lunch,
    unavailability and busy-calendar time, capped by the daily load."""
    free = [m for m in range(9 * 60, 18 * 60) if not 13 * 60 <= m < 14 * 60]
    def inside(w, m):
        parts = w.split()
        if len(parts) == 2 and parts[0] != str(day):
            return False
        a, b = parts[-1].split("-")
        return int(a[:2]) * 60 + int(a[3:]) <= m < int(b[:2]) * 60 + int(b[3:])
    if trainer["availability"]:
        free = [m for m in free if any(inside(w, m) for w in trainer["availability"])]
    free = [m for m in free if not any(inside(w, m) for w in trainer["unavailable"])]
    free = [m for m in free if not any(d == day and a <= m < b for d, a, b in trainer["busy"])]
    return min(len(free), trainer["max_daily_load"])


def report(model, witness):
    """Capacity arithmetic per town, printed to stderr."""
    days = len(model.days)
    print(f"days {days}, venues {len(model.venues)}, rooms "
          f"{sum(len(v['rooms']) for v in model.venues)}, trainers {len(model.trainers)}, "
          f"groups {len(model.groups)}, sessions {len(model.sessions)}, occurrences "
          f"{sum(s['runs'] for s in model.sessions)}", file=sys.stderr)
    half_days = days * len(HALF_DAYS)
    for v in model.venues:
        town = v["id"]
        sessions = [s for s in model.sessions if s["venue"] == town]
        need_h = sum(s["runs"] * s["minutes"] for s in sessions) / 60
        blocks = sum(s["runs"] for s in sessions)
        rooms = len(v["rooms"])
        trainers = [t for t in model.trainers if t["home_venue"] == town]
        t_cap = sum(teaching_minutes(t, d) for t in trainers for d in model.days) / 60
        visiting = sum(s["runs"] * s["minutes"] for s in sessions
                       if town not in CITIES and s.get("skill") in TRAVELLING_SKILLS) / 60
        local = need_h - visiting
        print(f"  {town}: {sum(1 for g in model.groups if g['town'] == town)} cohorts, "
              f"{blocks} occurrences, {need_h:.0f} session-hours; rooms {rooms}: "
              f"{rooms * days * 8} room-hours ({need_h / (rooms * days * 8):.0%} used), "
              f"{rooms * half_days} room half-days ({blocks / (rooms * half_days):.0%}); "
              f"trainers based here {len(trainers)}: {t_cap:.0f} teachable hours for "
              f"{local:.0f} local session-hours ({local / t_cap:.0%})"
              + (f", {visiting:.0f} h by the travelling team" if visiting else ""), file=sys.stderr)
        special = {}
        for s in sessions:
            for f in s["features"]:
                if f not in ("projector", "flipchart", "stage"):
                    special[f] = special.get(f, 0) + s["runs"]
        for f, n in sorted(special.items()):
            have = sum(1 for r in v["rooms"] if f in r["features"])
            print(f"      {f}: {n} occurrences in {have} rooms x {half_days} half-days "
                  f"({n / (have * half_days):.0%})", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--witness", help="also write the witness schedule to this path")
    args = parser.parse_args()
    rng = random.Random(SEED)
    model = Model(rng, forum_days())
    model.build_cohorts()
    model.build_trainers()
    model.build_venues()
    model.build_pinned()
    witness = Witness(model)
    witness.run()
    report(model, witness)
    icstext.write(os.path.join(ROOT, "examples", "otpan-rollout.yaml"), render(model))
    calendars = os.path.join(ROOT, "calendars")
    for old in sorted(os.listdir(calendars)):   # drop calendars of trainers no longer generated
        if old.startswith("otpan-") and old.endswith(".ics") and old not in model.calendars:
            os.remove(os.path.join(calendars, old))
    for name, data in sorted(model.calendars.items()):
        icstext.write(os.path.join(calendars, name), data)
    if args.witness:
        icstext.write(args.witness, render_witness(model, witness))


if __name__ == "__main__":
    main()
