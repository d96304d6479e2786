<?xml version="1.0" encoding="UTF-8"?>
<!-- Arabic courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="ar">
  <lexeme>
    <grapheme>as-salamu alaykum</grapheme>
    <grapheme>assalamu alaikum</grapheme>
    <grapheme>as-salaam alaikum</grapheme>
    <grapheme>as-salamu alaikum</grapheme>
    <grapheme>assalamu alaykum</grapheme>
    <grapheme>as salamu alaikum</grapheme>
    <grapheme>asalamu alaikum</grapheme>
    <grapheme>assalamualaikum</grapheme>
    <grapheme>salamu alaykum</grapheme>
    <grapheme>salam alaikum</grapheme>
    <grapheme>salaam aleikum</grapheme>
    <grapheme>salam alaykum</grapheme>
    <grapheme>al-salamu alaykum</grapheme>
    <grapheme>as-salam alaykum</grapheme>
    <grapheme>as-salāmu ʿalaykum</grapheme>
    <alias>السلام عليكم</alias>
  </lexeme>
  <lexeme>
    <grapheme>wa alaykum as-salam</grapheme>
    <grapheme>wa alaikum assalam</grapheme>
    <grapheme>wa alaikum as-salaam</grapheme>
    <grapheme>wa alaykum assalam</grapheme>
    <grapheme>waalaikum salam</grapheme>
    <alias>وعليكم السلام</alias>
  </lexeme>
  <lexeme>
    <grapheme>shukran jazilan</grapheme>
    <grapheme>shukran jazeelan</grapheme>
    <grapheme>shukran jaziilan</grapheme>
    <grapheme>shukran jazeelan</grapheme>
    <grapheme>shokran gazilan</grapheme>
    <grapheme>shukran jazīlan</grapheme>
    <alias>شكرا جزيلا</alias>
  </lexeme>
  <lexeme>
    <grapheme>shukran</grapheme>
    <grapheme>shokran</grapheme>
    <grapheme>shukraan</grapheme>
    <alias>شكرا</alias>
  </lexeme>
  <lexeme>
    <grapheme>marhaban</grapheme>
    <grapheme>marhaba</grapheme>
    <grapheme>marḥaban</grapheme>
    <alias>مرحبا</alias>
  </lexeme>
  <lexeme>
    <grapheme>ahlan wa sahlan</grapheme>
    <grapheme>ahlan wasahlan</grapheme>
    <grapheme>ahlan wa sahla</grapheme>
    <grapheme>ahlan w sahlan</grapheme>
    <alias>أهلا وسهلا</alias>
  </lexeme>
  <lexeme>
    <grapheme>ahlan</grapheme>
    <alias>أهلا</alias>
  </lexeme>
  <lexeme>
    <grapheme>sabah al-khair</grapheme>
    <grapheme>sabah al khair</grapheme>
    <grapheme>sabah al-khayr</grapheme>
    <grapheme>sabah el kheir</grapheme>
    <grapheme>sabah alkhair</grapheme>
    <grapheme>sabah al-kheir</grapheme>
    <grapheme>sabaah al-khayr</grapheme>
    <alias>صباح الخير</alias>
  </lexeme>
  <lexeme>
    <grapheme>masa al-khair</grapheme>
    <grapheme>masaa al-khair</grapheme>
    <grapheme>masa al khair</grapheme>
    <grapheme>masa' al-khayr</grapheme>
    <grapheme>masaa el kheir</grapheme>
    <grapheme>masa el kheir</grapheme>
    <alias>مساء الخير</alias>
  </lexeme>
  <lexeme>
    <grapheme>ma'a as-salama</grapheme>
    <grapheme>ma'a salama</grapheme>
    <grapheme>maa salama</grapheme>
    <grapheme>ma'a al-salama</grapheme>
    <grapheme>maa as-salama</grapheme>
    <grapheme>ma salama</grapheme>
    <alias>مع السلامة</alias>
  </lexeme>
  <lexeme>
    <grapheme>bismillah ar-rahman ar-rahim</grapheme>
    <grapheme>bismillah al-rahman al-rahim</grapheme>
    <grapheme>bismillahir rahmanir rahim</grapheme>
    <grapheme>bismillah ir-rahman ir-rahim</grapheme>
    <grapheme>bismillah al rahman al rahim</grapheme>
    <alias>بسم الله الرحمن الرحيم</alias>
  </lexeme>
  <lexeme>
    <grapheme>bismillah</grapheme>
    <alias>بسم الله</alias>
  </lexeme>
  <lexeme>
    <grapheme>alhamdulillah</grapheme>
    <grapheme>al-hamdu lillah</grapheme>
    <grapheme>alhamdu lillah</grapheme>
    <grapheme>al hamdulillah</grapheme>
    <alias>الحمد لله</alias>
  </lexeme>
  <lexeme>
    <grapheme>inshallah</grapheme>
    <grapheme>in sha allah</grapheme>
    <grapheme>insha'allah</grapheme>
    <grapheme>in shaa allah</grapheme>
    <grapheme>insha allah</grapheme>
    <alias>إن شاء الله</alias>
  </lexeme>
  <lexeme>
    <grapheme>jazakallah khair</grapheme>
    <grapheme>jazak allahu khairan</grapheme>
    <grapheme>jazakallahu khayran</grapheme>
    <grapheme>jazak allah khair</grapheme>
    <alias>جزاك الله خيرا</alias>
  </lexeme>
  <lexeme>
    <grapheme>as-salamu alaykum wa rahmatullahi wa barakatuh</grapheme>
    <grapheme>as-salamu alaykum wa rahmatullahi wa barakatuhu</grapheme>
    <grapheme>as-salamu alaykum wa rahmatullah wa barakatuh</grapheme>
    <grapheme>as-salamu alaykum wa rahmatullah wa barakatuhu</grapheme>
    <grapheme>as-salam alaykum wa rahmatullahi wa barakatuh</grapheme>
    <grapheme>as-salam alaykum wa rahmatullahi wa barakatuhu</grapheme>
    <grapheme>as-salam alaykum wa rahmatullah wa barakatuh</grapheme>
    <grapheme>as-salam alaykum wa rahmatullah wa barakatuhu</grapheme>
    <alias>السَّلامُ عَلَيْكُمْ وَرَحْمَةُ اللهِ وَبَرَكاتُه</alias>
  </lexeme>
  <lexeme>
    <grapheme>wa as-salamu alaykum wa rahmatullahi wa barakatuh</grapheme>
    <grapheme>wa as-salamu alaykum wa rahmatullahi wa barakatuhu</grapheme>
    <grapheme>wa as-salamu alaykum wa rahmatullah wa barakatuh</grapheme>
    <grapheme>wa as-salamu alaykum wa rahmatullah wa barakatuhu</grapheme>
    <grapheme>wa as-salam alaykum wa rahmatullahi wa barakatuh</grapheme>
    <grapheme>wa as-salam alaykum wa rahmatullahi wa barakatuhu</grapheme>
    <grapheme>wa as-salam alaykum wa rahmatullah wa barakatuh</grapheme>
    <grapheme>wa as-salam alaykum wa rahmatullah wa barakatuhu</grapheme>
    <alias>وَالسَّلامُ عَلَيْكُمْ وَرَحْمَةُ اللهِ وَبَرَكاتُه</alias>
  </lexeme>
  <lexeme>
    <grapheme>wa as-salamu alaykum</grapheme>
    <grapheme>wa as-salam alaykum</grapheme>
    <alias>وَالسَّلامُ عَلَيْكُمْ</alias>
  </lexeme>
  <lexeme>
    <grapheme>wa rahmatullahi wa barakatuh</grapheme>
    <grapheme>wa rahmatullahi wa barakatuhu</grapheme>
    <grapheme>wa rahmatullah wa barakatuh</grapheme>
    <grapheme>wa rahmatullah wa barakatuhu</grapheme>
    <alias>وَرَحْمَةُ اللهِ وَبَرَكاتُه</alias>
  </lexeme>
  <lexeme>
    <grapheme>eid mubarak</grapheme>
    <grapheme>eid mubaarak</grapheme>
    <alias>عيد مبارك</alias>
  </lexeme>
  <lexeme>
    <grapheme>hajj mabrour</grapheme>
    <grapheme>hajj mabrur</grapheme>
    <grapheme>hajj mabroor</grapheme>
    <grapheme>hajjan mabrouran</grapheme>
    <alias>حج مبرور</alias>
  </lexeme>
  <lexeme>
    <grapheme>ramadan kareem</grapheme>
    <grapheme>ramadan karim</grapheme>
    <alias>رمضان كريم</alias>
  </lexeme>
  <lexeme>
    <grapheme>ramadan mubarak</grapheme>
    <alias>رمضان مبارك</alias>
  </lexeme>
  <lexeme>
    <grapheme>kul am wa antum bikhair</grapheme>
    <grapheme>kullu am wa antum bikhair</grapheme>
    <grapheme>kul aam wa antum bi khair</grapheme>
    <alias>كل عام وأنتم بخير</alias>
  </lexeme>
</lexicon>
