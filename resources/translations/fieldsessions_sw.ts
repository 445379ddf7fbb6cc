<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Mon</source>
        <comment>weekday</comment>
        <translation>Jtatu</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>weekday</comment>
        <translation>Jnne</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>weekday</comment>
        <translation>Jtano</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>weekday</comment>
        <translation>Alh</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>weekday</comment>
        <translation>Ijm</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>weekday</comment>
        <translation>Jmos</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>weekday</comment>
        <translation>Jpili</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>month abbreviation</comment>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>month abbreviation</comment>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>month abbreviation</comment>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>month abbreviation</comment>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month abbreviation</comment>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>month abbreviation</comment>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>month abbreviation</comment>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>month abbreviation</comment>
        <translation>Ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>month abbreviation</comment>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>month abbreviation</comment>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>month abbreviation</comment>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>month abbreviation</comment>
        <translation>Des</translation>
    </message>
    <message>
        <source>.</source>
        <comment>decimal separator</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation>Futa alama</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Mtu anayefuata</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Ongeza mgeni</translation>
    </message>
    <message>
        <source>Find a person (or just type a name)</source>
        <translation>Tafuta mtu (au andika jina tu)</translation>
    </message>
    <message>
        <source>Show everyone again</source>
        <translation>Onyesha wote tena</translation>
    </message>
    <message>
        <source>First / last person</source>
        <translation>Mtu wa kwanza / wa mwisho</translation>
    </message>
    <message>
        <source>Sessions tab</source>
        <translation>Kichupo cha Vipindi</translation>
    </message>
    <message>
        <source>Roster tab</source>
        <translation>Kichupo cha Orodha</translation>
    </message>
    <message>
        <source>Reports tab</source>
        <translation>Kichupo cha Ripoti</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Popote</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Weka “yupo”</translation>
    </message>
    <message>
        <source>Mark late</source>
        <translation>Weka “amechelewa”</translation>
    </message>
    <message>
        <source>Mark excused</source>
        <translation>Weka “ana ruhusa”</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Weka “hayupo”</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Mahudhurio</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + herufi iliyopigiwa mstari</translation>
    </message>
    <message>
        <source>The button, field or tab with that letter underlined</source>
        <translation>Kitufe, sehemu au kichupo chenye herufi hiyo iliyopigiwa mstari</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Cheti cha kuhitimu</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Hii ni kuthibitisha kwamba</translation>
    </message>
    <message>
        <source>has completed</source>
        <translation>amekamilisha</translation>
    </message>
    <message>
        <source>on %1, with %2 hours of attendance.</source>
        <translation>tarehe %1, akiwa na saa %2 za mahudhurio.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Ni halali hadi %1.</translation>
    </message>
    <message>
        <source>Outcomes achieved</source>
        <translation>Matokeo yaliyofikiwa</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Mwezeshaji</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Participant ID %1</source>
        <translation>Kitambulisho cha mshiriki %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Vyeti</translation>
    </message>
    <message>
        <source>Nobody has completed this programme yet.</source>
        <translation>Bado hakuna aliyekamilisha programu hii.</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a range with only a start</comment>
        <translation>kuanzia %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a range with only an end</comment>
        <translation>hadi %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a date range</comment>
        <translation>%1 hadi %2</translation>
    </message>
    <message>
        <source>no sessions in this range (%1)</source>
        <translation>hakuna vipindi katika muda huu (%1)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Unknown export format %1; choose csv or xlsx.</source>
        <translation>Muundo wa faili %1 haujulikani; chagua csv au xlsx.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programu</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Tarehe ya kipindi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mwanzo</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Mwisho</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Muda (dakika)</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Jina la kipindi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mada</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>Kitambulisho cha mshiriki</translation>
    </message>
    <message>
        <source>Participant name</source>
        <translation>Jina la mshiriki</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Minutes attended</source>
        <translation>Dakika alizohudhuria</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Aliyeweka alama</translation>
    </message>
    <message>
        <source>Marked at (UTC)</source>
        <translation>Wakati wa alama (UTC)</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Ufunguo wa kipindi</translation>
    </message>
    <message>
        <source>Participant key</source>
        <translation>Ufunguo wa mshiriki</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Mahudhurio</translation>
    </message>
    <message>
        <source>Sessions counted</source>
        <translation>Vipindi vilivyohesabiwa</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Mshiriki</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>participant&apos;s external id</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Alihudhuria</translation>
    </message>
    <message>
        <source>Excused (left out)</source>
        <translation>Ruhusa (haihesabiwi)</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Vijavyo</translation>
    </message>
    <message>
        <source>Rate</source>
        <comment>attendance rate</comment>
        <translation>Kiwango</translation>
    </message>
    <message>
        <source>Required</source>
        <comment>attendance rate</comment>
        <translation>Kinachohitajika</translation>
    </message>
    <message>
        <source>Best still possible</source>
        <translation>Juu kabisa kinachowezekana</translation>
    </message>
    <message>
        <source>%1 — alert</source>
        <comment>absences in a row</comment>
        <translation>%1 — tahadhari</translation>
    </message>
    <message>
        <source>Attendance compliance</source>
        <translation>Utiifu wa mahudhurio</translation>
    </message>
    <message>
        <source>%1 % of sessions</source>
        <translation>%1 % ya vipindi</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Kufikia</translation>
    </message>
    <message>
        <source>%1 with roll taken, %2 with roll missing or incomplete, %3 to come</source>
        <translation>%1 vimechukuliwa mahudhurio, %2 havina mahudhurio au hayajakamilika, %3 vijavyo</translation>
    </message>
    <message>
        <source>Alert after</source>
        <translation>Tahadhari baada ya</translation>
    </message>
    <message>
        <source>1 absence in a row</source>
        <translation>kutokuwepo mara 1</translation>
    </message>
    <message>
        <source>%1 absences in a row</source>
        <translation>kutokuwepo mara %1 mfululizo</translation>
    </message>
    <message>
        <source>off</source>
        <comment>absence alert</comment>
        <translation>imezimwa</translation>
    </message>
    <message>
        <source>1 participant: %2.</source>
        <translation>Mshiriki 1: %2.</translation>
    </message>
    <message>
        <source>%1 participants: %2.</source>
        <translation>Washiriki %1: %2.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this programme.</source>
        <translation>Hakuna aliyesajiliwa kwenye programu hii.</translation>
    </message>
    <message>
        <source>Rate = attended ÷ sessions counted. Sessions counted are those held since the participant enrolled whose roll was taken; a session whose roll is missing (one before they enrolled too: it can still be entered with them on it) is counted once its roll is taken, and until then is among those still to come. Best still possible = the rate if every session still to come is attended.</source>
        <translation>Kiwango = vilivyohudhuriwa ÷ vipindi vilivyohesabiwa. Vipindi vilivyohesabiwa ni vile vilivyofanyika tangu mshiriki aliposajiliwa na ambavyo mahudhurio yake yalichukuliwa; kipindi ambacho mahudhurio yake hayapo (hata kilichokuwa kabla hajasajiliwa: bado kinaweza kuingizwa akiwa ndani yake) kinahesabiwa mara mahudhurio yake yanapochukuliwa, na hadi hapo kinakuwa kati ya vile vijavyo. Juu kabisa kinachowezekana = kiwango ikiwa kila kipindi kijacho kitahudhuriwa.</translation>
    </message>
    <message>
        <source>Attendance compliance — %1</source>
        <translation>Utiifu wa mahudhurio — %1</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Kiwango %</translation>
    </message>
    <message>
        <source>Required %</source>
        <translation>Kinachohitajika %</translation>
    </message>
    <message>
        <source>Best still possible %</source>
        <translation>Juu kabisa kinachowezekana %</translation>
    </message>
    <message>
        <source>Absences in a row</source>
        <translation>Kutokuwepo mfululizo</translation>
    </message>
    <message>
        <source>Absence alert</source>
        <translation>Tahadhari ya kutokuwepo</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Utiifu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Mwanzo wa muda</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Mwisho wa muda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Vipindi</translation>
    </message>
    <message>
        <source>Hours in period</source>
        <translation>Saa katika muda huu</translation>
    </message>
    <message>
        <source>Hours to date</source>
        <translation>Saa hadi sasa</translation>
    </message>
    <message>
        <source>Budget (hours)</source>
        <translation>Bajeti (saa)</translation>
    </message>
    <message>
        <source>Remaining (hours)</source>
        <translation>Zilizobaki (saa)</translation>
    </message>
    <message>
        <source>Beyond budget (hours)</source>
        <translation>Zaidi ya bajeti (saa)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saa</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Kilatini</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Kigiriki</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Kisiriliki</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Kiarmenia</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Kijojia</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Kiarabu</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Kiebrania</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>Kidevanagari</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Kibengali</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Kitamili</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Kithai</translation>
    </message>
    <message>
        <source>Ethiopic</source>
        <translation>Kiethiopia (Ge&apos;ez)</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Kikhmer</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Kibama</translation>
    </message>
    <message>
        <source>Chinese/Japanese (Han)</source>
        <translation>Kichina/Kijapani (Han)</translation>
    </message>
    <message>
        <source>Japanese (Hiragana)</source>
        <translation>Kijapani (Hiragana)</translation>
    </message>
    <message>
        <source>Japanese (Katakana)</source>
        <translation>Kijapani (Katakana)</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <translation>Kikorea (Hangul)</translation>
    </message>
    <message>
        <source>The font file %1 was not found in %2, so reports cannot be printed; reinstall fieldsessions.</source>
        <translation>Faili la fonti %1 halikupatikana kwenye %2, kwa hiyo ripoti haziwezi kuchapishwa; sakinisha fieldsessions upya.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a script</comment>
        <translation>isiyojulikana</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 na %2 zaidi</translation>
    </message>
    <message>
        <source>No font on this computer draws the %1 script, so these names print as empty boxes: %2 (install a font for it, e.g. Noto Sans).</source>
        <translation>Hakuna fonti kwenye kompyuta hii inayoandika hati ya %1, kwa hiyo majina haya yanachapishwa kama visanduku vitupu: %2 (sakinisha fonti yake, mf. Noto Sans).</translation>
    </message>
    <message>
        <source>No font on this computer draws the %1 scripts, so these names print as empty boxes: %2 (install fonts for them, e.g. Noto Sans).</source>
        <translation>Hakuna fonti kwenye kompyuta hii inayoandika hati za %1, kwa hiyo majina haya yanachapishwa kama visanduku vitupu: %2 (sakinisha fonti zake, mf. Noto Sans).</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Hatimizi masharti</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Yuko hatarini</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Anatimiza masharti</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Bado hajatathminiwa</translation>
    </message>
    <message>
        <source>excused counts as attended</source>
        <translation>ruhusa inahesabiwa kama kuhudhuria</translation>
    </message>
    <message>
        <source>excused is left out of the rate</source>
        <translation>ruhusa inaachwa nje ya kiwango</translation>
    </message>
    <message>
        <source>excused counts as absent</source>
        <translation>ruhusa inahesabiwa kama kutokuwepo</translation>
    </message>
    <message>
        <source>%1: </source>
        <comment>field label on a printed page</comment>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Ukurasa %1 kati ya %2</translation>
    </message>
    <message>
        <source>Cannot write %1: that names a folder; give a file name.</source>
        <translation>Haiwezekani kuandika %1: hilo ni jina la folda; toa jina la faili.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Haiwezekani kuandika %1: folda %2 haipo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Haiwezekani kuandika %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder; give a file name in it.</source>
        <translation>Haiwezekani kuandika %1: ni folda; toa jina la faili ndani yake.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not an ordinary file (a device, pipe or socket), so it is left alone; give a file name.</source>
        <translation>Haiwezekani kuandika %1: si faili la kawaida (ni kifaa, bomba au soketi), kwa hiyo halijaguswa; toa jina la faili.</translation>
    </message>
    <message>
        <source>Cannot write %1: files cannot be written there (the folder %2 takes no new files).</source>
        <translation>Haiwezekani kuandika %1: faili haziwezi kuandikwa hapo (folda %2 haipokei faili mpya).</translation>
    </message>
    <message>
        <source>Printed %1 with fieldsessions</source>
        <translation>Imechapishwa %1 kwa fieldsessions</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>attendance mark</comment>
        <translation>Yupo</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>attendance mark</comment>
        <translation>Chelewa</translation>
    </message>
    <message>
        <source>Excused</source>
        <comment>attendance mark</comment>
        <translation>Ana ruhusa</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>attendance mark</comment>
        <translation>Hayupo</translation>
    </message>
    <message>
        <source>Unknown sheet layout %1; choose one of: %2.</source>
        <translation>Mpangilio wa fomu %1 haujulikani; chagua mojawapo ya: %2.</translation>
    </message>
    <message>
        <source>The number of blank walk-in rows must be between 0 and 500.</source>
        <translation>Idadi ya mistari mitupu ya wageni lazima iwe kati ya 0 na 500.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Kipindi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saa</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Msimbo wa kipindi</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>participant ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Sahihi</translation>
    </message>
    <message>
        <source>Nobody is booked for this session yet.</source>
        <translation>Bado hakuna aliyepata nafasi kwenye kipindi hiki.</translation>
    </message>
    <message>
        <source>Walk-ins — people not listed above: write their name, and their ID or phone.</source>
        <translation>Wageni — watu ambao hawajaorodheshwa hapo juu: andika jina lao, na kitambulisho au simu yao.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a mark and its count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not marked %1</source>
        <translation>Bila alama %1</translation>
    </message>
    <message>
        <source>Recorded marks: %1.</source>
        <translation>Alama zilizorekodiwa: %1.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s signature:</source>
        <translation>Sahihi ya mwezeshaji:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tarehe:</translation>
    </message>
    <message>
        <source>Attendance record</source>
        <translation>Rekodi ya mahudhurio</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Fomu ya mahudhurio</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <comment>document title: report, programme, date</comment>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>Unknown paper size %1; choose one of: %2.</source>
        <translation>Ukubwa wa karatasi %1 haujulikani; chagua mojawapo ya: %2.</translation>
    </message>
    <message>
        <source>The number of blank rows must be between 0 and 500.</source>
        <translation>Idadi ya mistari mitupu lazima iwe kati ya 0 na 500.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Kilifanyika</translation>
    </message>
    <message>
        <source>Didn&apos;t happen — reason:</source>
        <translation>Hakikufanyika — sababu:</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Ripoti ya kipindi</translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation>Mada zilizoshughulikiwa</translation>
    </message>
    <message>
        <source>Other topics:</source>
        <translation>Mada nyingine:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Hakuna maelezo.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Jina:</translation>
    </message>
    <message>
        <source>Tick each outcome the participant achieved</source>
        <translation>Weka alama kwenye kila tokeo ambalo mshiriki amelifikia</translation>
    </message>
    <message>
        <source>Tick each outcome the participant achieved — outcomes %1 to %2</source>
        <translation>Weka alama kwenye kila tokeo ambalo mshiriki amelifikia — matokeo %1 hadi %2</translation>
    </message>
    <message>
        <source>This session has no outcomes to tick off.</source>
        <translation>Kipindi hiki hakina matokeo ya kuwekea alama.</translation>
    </message>
    <message>
        <source>Outcome tick-off — recorded</source>
        <translation>Kuweka alama za matokeo — zilizorekodiwa</translation>
    </message>
    <message>
        <source>Outcome tick-off</source>
        <translation>Kuweka alama za matokeo</translation>
    </message>
    <message>
        <source>run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen (the commands, such as `fieldsessions --help`, need no display).</source>
        <translation>iendeshe kwenye mazingira ya desktop, au weka QT_QPA_PLATFORM=offscreen kuiendesha bila skrini (amri, kama `fieldsessions --help`, hazihitaji skrini).</translation>
    </message>
    <message>
        <source>the app cannot open its window: no display answers at DISPLAY=%1; %2</source>
        <translation>dirisha haliwezi kufunguliwa: hakuna skrini inayojibu kwenye DISPLAY=%1; %2</translation>
    </message>
    <message>
        <source>the app cannot open its window: there is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set); run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen (the commands, such as `fieldsessions --help`, need no display).</source>
        <translation>dirisha haliwezi kufunguliwa: hakuna skrini ya michoro hapa (DISPLAY wala WAYLAND_DISPLAY haijawekwa); iendeshe kwenye mazingira ya desktop, au weka QT_QPA_PLATFORM=offscreen kuiendesha bila skrini (amri, kama `fieldsessions --help`, hazihitaji skrini).</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>matumizi: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>hoja za nafasi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>chaguo</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>onyesha msaada huu kisha utoke</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>hoja %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>hoja hizi zinahitajika: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>mojawapo ya hoja %s inahitajika</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>hairuhusiwi pamoja na hoja %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>hoja zisizotambulika: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>hoja moja ilitarajiwa</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>hoja isiyozidi moja ilitarajiwa</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>angalau hoja moja ilitarajiwa</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>hoja %s ilitarajiwa</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>hoja %s zilitarajiwa</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>chaguo lenye utata: %(option)s linaweza kulingana na %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>thamani ya %(type)s si sahihi: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>chaguo si sahihi: %(value)r (chagua kati ya %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>haiwezi kufungua &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: hitilafu: %2</translation>
    </message>
    <message>
        <source>Attendance, roll call and reports for facilitators. With no command, the desktop app starts.</source>
        <translation>Mahudhurio, kuita majina na ripoti kwa wawezeshaji. Bila amri yoyote, dirisha la fieldsessions linafunguka.</translation>
    </message>
    <message>
        <source>the data file (default: $FIELDSESSIONS_DB or the platform&apos;s user data folder)</source>
        <translation>faili la data (chaguo-msingi: $FIELDSESSIONS_DB au folda ya data ya mtumiaji kwenye mfumo huu)</translation>
    </message>
    <message>
        <source>log more</source>
        <translation>andika kumbukumbu zaidi</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>onyesha toleo kisha utoke</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>imekatizwa</translation>
    </message>
    <message>
        <source>unexpected error (%1: %2). %3; please report it.</source>
        <translation>hitilafu isiyotarajiwa (%1: %2). %3; tafadhali iripoti.</translation>
    </message>
    <message>
        <source>Details are in the log file %1</source>
        <translation>Maelezo yako kwenye faili la kumbukumbu %1</translation>
    </message>
    <message>
        <source>No log file could be written (run again with -v to see the details)</source>
        <translation>Hakuna faili la kumbukumbu lililoweza kuandikwa (endesha tena ukitumia -v kuona maelezo)</translation>
    </message>
    <message>
        <source>the data file</source>
        <translation>faili la data</translation>
    </message>
    <message>
        <source>--db was given an empty path; give the path of a data file, such as %1, or leave --db out for that one.</source>
        <translation>--db imepewa njia tupu; toa njia ya faili la data, kama %1, au acha --db kwa faili hilo.</translation>
    </message>
    <message>
        <source>note: created the folder %1 and a new, empty data file at %2 (there was none there).</source>
        <translation>kumbuka: folda %1 imeundwa pamoja na faili jipya la data, tupu, kwenye %2 (hapakuwa na faili hapo).</translation>
    </message>
    <message>
        <source>note: created a new, empty data file at %1 (there was none there).</source>
        <translation>kumbuka: faili jipya la data, tupu, limeundwa kwenye %1 (hapakuwa na faili hapo).</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>Hakuna cha kuorodhesha.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>onyesha kama JSON</translation>
    </message>
    <message>
        <source>present</source>
        <comment>attendance mark</comment>
        <translation>yupo</translation>
    </message>
    <message>
        <source>late</source>
        <comment>attendance mark</comment>
        <translation>amechelewa</translation>
    </message>
    <message>
        <source>excused</source>
        <comment>attendance mark</comment>
        <translation>ana ruhusa</translation>
    </message>
    <message>
        <source>absent</source>
        <comment>attendance mark</comment>
        <translation>hayupo</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>attendance mark</comment>
        <translation>bila alama</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 si namba kamili</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>lazima iwe angalau 1</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>lazima iwe asilimia kutoka 0 hadi 100</translation>
    </message>
    <message>
        <source>Demo data created in %1: %2, %3, %4, %5. Nothing in this demo file is sent to a server.</source>
        <translation>Data ya majaribio imeundwa kwenye %1: %2, %3, %4, %5. Hakuna chochote katika faili hili la majaribio kinachotumwa kwenye seva.</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>programu 1</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>programu %1</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>mshiriki 1</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>washiriki %1</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>kipindi 1</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>vipindi %1</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>alama 1</translation>
    </message>
    <message>
        <source>%1 marks</source>
        <translation>alama %1</translation>
    </message>
    <message>
        <source>--nth-weekday goes with --monthly or --quarterly.</source>
        <translation>--nth-weekday inaenda pamoja na --monthly au --quarterly.</translation>
    </message>
    <message>
        <source>--nth-weekday looks like 2:tue or last:fri.</source>
        <translation>--nth-weekday inaandikwa kama 2:tue au last:fri.</translation>
    </message>
    <message>
        <source>warning: %1.</source>
        <translation>onyo: %1.</translation>
    </message>
    <message>
        <source>note: %1 is not a date of this schedule, so --exclude left nothing out for it.</source>
        <translation>kumbuka: %1 si tarehe ya ratiba hii, kwa hiyo --exclude haikuondoa chochote kwa ajili yake.</translation>
    </message>
    <message>
        <source>Programme %1 created (%2): %3.</source>
        <translation>Programu %1 imeundwa (%2): %3.</translation>
    </message>
    <message>
        <source>1 session scheduled</source>
        <translation>kipindi 1 kimepangwa</translation>
    </message>
    <message>
        <source>%1 sessions scheduled</source>
        <translation>vipindi %1 vimepangwa</translation>
    </message>
    <message>
        <source>id</source>
        <comment>column</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <comment>column</comment>
        <translation>jina</translation>
    </message>
    <message>
        <source>schedule</source>
        <comment>column</comment>
        <translation>ratiba</translation>
    </message>
    <message>
        <source>sessions</source>
        <comment>column</comment>
        <translation>vipindi</translation>
    </message>
    <message>
        <source>enrolled</source>
        <comment>column</comment>
        <translation>wamesajiliwa</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <comment>column</comment>
        <translation>wanasubiri</translation>
    </message>
    <message>
        <source>capacity</source>
        <comment>column</comment>
        <translation>nafasi</translation>
    </message>
    <message>
        <source>No programmes yet; add one with `fieldsessions programme add`.</source>
        <translation>Bado hakuna programu; ongeza moja kwa `fieldsessions programme add`.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>session state</comment>
        <translation>kimepangwa</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>session state</comment>
        <translation>kinaendelea</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>session state</comment>
        <translation>kimekamilika</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>session state</comment>
        <translation>kimeghairiwa</translation>
    </message>
    <message>
        <source>didn&apos;t happen</source>
        <comment>session state</comment>
        <translation>hakikufanyika</translation>
    </message>
    <message>
        <source>not taken</source>
        <comment>roll</comment>
        <translation>hayajachukuliwa</translation>
    </message>
    <message>
        <source>incomplete</source>
        <comment>roll</comment>
        <translation>hayajakamilika</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>roll</comment>
        <translation>yamekamilika</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Tarehe ya mwisho iko kabla ya tarehe ya kuanza.</translation>
    </message>
    <message>
        <source>date</source>
        <comment>column</comment>
        <translation>tarehe</translation>
    </message>
    <message>
        <source>start</source>
        <comment>column</comment>
        <translation>mwanzo</translation>
    </message>
    <message>
        <source>end</source>
        <comment>column</comment>
        <translation>mwisho</translation>
    </message>
    <message>
        <source>programme</source>
        <comment>column</comment>
        <translation>programu</translation>
    </message>
    <message>
        <source>status</source>
        <comment>column</comment>
        <translation>hali</translation>
    </message>
    <message>
        <source>marked</source>
        <comment>column</comment>
        <translation>alama</translation>
    </message>
    <message>
        <source>roll</source>
        <comment>column</comment>
        <translation>mahudhurio</translation>
    </message>
    <message>
        <source>external id</source>
        <comment>column</comment>
        <translation>kitambulisho</translation>
    </message>
    <message>
        <source>group</source>
        <comment>column</comment>
        <translation>kikundi</translation>
    </message>
    <message>
        <source>enrolment</source>
        <comment>column</comment>
        <translation>usajili</translation>
    </message>
    <message>
        <source>No participants match.</source>
        <translation>Hakuna washiriki wanaolingana.</translation>
    </message>
    <message>
        <source>No participants yet; add them with `fieldsessions import-roster`.</source>
        <translation>Bado hakuna washiriki; waongeze kwa `fieldsessions import-roster`.</translation>
    </message>
    <message>
        <source>booked</source>
        <comment>booking</comment>
        <translation>amepata nafasi</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <comment>booking</comment>
        <translation>anasubiri</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>booking</comment>
        <translation>imeghairiwa</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>mstari 1</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>mistari %1</translation>
    </message>
    <message>
        <source>Imported %1; enrolled %2, waitlisted %3; skipped %4.</source>
        <translation>Imeingizwa: %1; wamesajiliwa %2, wanasubiri %3; imerukwa: %4.</translation>
    </message>
    <message>
        <source>Imported %1; skipped %2.</source>
        <translation>Imeingizwa: %1; imerukwa: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>mstari %1: %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The file it replaced was kept as %3. Changes made after that backup are not in it; a sync brings back what the server has.</source>
        <translation>%1 imerejeshwa kutoka %2. Faili lililobadilishwa limehifadhiwa kama %3. Mabadiliko yaliyofanywa baada ya nakala hiyo hayamo; usawazishaji unarudisha kilichoko kwenye seva.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. Changes made after that backup are not in it; a sync brings back what the server has.</source>
        <translation>%1 imerejeshwa kutoka %2. Mabadiliko yaliyofanywa baada ya nakala hiyo hayamo; usawazishaji unarudisha kilichoko kwenye seva.</translation>
    </message>
    <message>
        <source>%1 was already marked %2; nothing changed.</source>
        <translation>%1 tayari alikuwa amewekwa “%2”; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (dakika %2)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <comment>column</comment>
        <translation>Lini (UTC)</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column</comment>
        <translation>Badiliko</translation>
    </message>
    <message>
        <source>By</source>
        <comment>column</comment>
        <translation>Na</translation>
    </message>
    <message>
        <source>Device</source>
        <comment>column</comment>
        <translation>Kompyuta</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column</comment>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>kompyuta hii</translation>
    </message>
    <message>
        <source>(received without its own entry)</source>
        <translation>(imepokelewa bila rekodi yake)</translation>
    </message>
    <message>
        <source>%1 has no mark in this session and never had one.</source>
        <translation>%1 hana alama katika kipindi hiki na hajawahi kuwa nayo.</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>nafasi 1</translation>
    </message>
    <message>
        <source>%1 bookings</source>
        <translation>nafasi %1</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it was deleted with its %2 and %3, here and on the server at the next sync.</source>
        <translation>Programu %1 haina kilichorekodiwa: imefutwa pamoja na %2 na %3 vyake, hapa na kwenye seva wakati wa usawazishaji ujao.</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it is deleted with its %2 and %3, here and on the server at the next sync.</source>
        <translation>Programu %1 haina kilichorekodiwa: inafutwa pamoja na %2 na %3 vyake, hapa na kwenye seva wakati wa usawazishaji ujao.</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it was deleted with its %2, here and on the server at the next sync.</source>
        <translation>Programu %1 haina kilichorekodiwa: imefutwa pamoja na %2 vyake, hapa na kwenye seva wakati wa usawazishaji ujao.</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it is deleted with its %2, here and on the server at the next sync.</source>
        <translation>Programu %1 haina kilichorekodiwa: inafutwa pamoja na %2 vyake, hapa na kwenye seva wakati wa usawazishaji ujao.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it was deleted with its %2, here and on the server at the next sync.</source>
        <translation>Mshiriki %1 hana kilichorekodiwa: amefutwa pamoja na %2 zake, hapa na kwenye seva wakati wa usawazishaji ujao.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it is deleted with its %2, here and on the server at the next sync.</source>
        <translation>Mshiriki %1 hana kilichorekodiwa: anafutwa pamoja na %2 zake, hapa na kwenye seva wakati wa usawazishaji ujao.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it was deleted, here and on the server at the next sync.</source>
        <translation>Mshiriki %1 hana kilichorekodiwa: amefutwa, hapa na kwenye seva wakati wa usawazishaji ujao.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it is deleted, here and on the server at the next sync.</source>
        <translation>Mshiriki %1 hana kilichorekodiwa: anafutwa, hapa na kwenye seva wakati wa usawazishaji ujao.</translation>
    </message>
    <message>
        <source>Programme %1 has %2 (marks, ticks or reports): it was archived, hidden from the lists, with every record kept.</source>
        <translation>Programu %1 ina %2 (alama, matokeo au ripoti): imewekwa kwenye kumbukumbu, imefichwa kwenye orodha, na kila rekodi imebaki.</translation>
    </message>
    <message>
        <source>Programme %1 has %2 (marks, ticks or reports): it is archived, hidden from the lists, with every record kept.</source>
        <translation>Programu %1 ina %2 (alama, matokeo au ripoti): inawekwa kwenye kumbukumbu, inafichwa kwenye orodha, na kila rekodi inabaki.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>rekodi 1</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>rekodi %1</translation>
    </message>
    <message>
        <source>%1 has %2: they were taken off every programme, with their history kept.</source>
        <translation>%1 ana %2: ameondolewa kwenye kila programu, na historia yake imebaki.</translation>
    </message>
    <message>
        <source>%1 has %2: they are taken off every programme, with their history kept.</source>
        <translation>%1 ana %2: anaondolewa kwenye kila programu, na historia yake inabaki.</translation>
    </message>
    <message>
        <source>1 mark or tick</source>
        <translation>alama 1 ya mahudhurio au matokeo</translation>
    </message>
    <message>
        <source>%1 marks or ticks</source>
        <translation>alama %1 za mahudhurio au matokeo</translation>
    </message>
    <message>
        <source>Nothing was changed: run again with --yes to confirm.</source>
        <translation>Hakuna kilichobadilishwa: endesha tena ukitumia --yes kuthibitisha.</translation>
    </message>
    <message>
        <source>(not set: fieldsessions settings --facilitator NAME)</source>
        <translation>(haijawekwa: fieldsessions settings --facilitator NAME)</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Mwezeshaji: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Kompyuta: %1</translation>
    </message>
    <message>
        <source>fill an empty data file with realistic demo data</source>
        <translation>jaza faili tupu la data kwa data ya majaribio inayofanana na halisi</translation>
    </message>
    <message>
        <source>show or set this laptop&apos;s facilitator name (printed on sheets and reports) and device name</source>
        <translation>onyesha au weka jina la mwezeshaji wa kompyuta hii (linachapishwa kwenye fomu na ripoti) na jina la kompyuta</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>jina lako</translation>
    </message>
    <message>
        <source>this laptop&apos;s name</source>
        <translation>jina la kompyuta hii</translation>
    </message>
    <message>
        <source>programmes: add, list</source>
        <translation>programu: add, list</translation>
    </message>
    <message>
        <source>create a programme and schedule its sessions</source>
        <translation>unda programu na upange vipindi vyake</translation>
    </message>
    <message>
        <source>first date, YYYY-MM-DD</source>
        <translation>tarehe ya kwanza, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a single session</source>
        <translation>kipindi kimoja tu</translation>
    </message>
    <message>
        <source>weekdays, e.g. tue,thu</source>
        <translation>siku za wiki, mf. tue,thu</translation>
    </message>
    <message>
        <source>every two weeks on these weekdays</source>
        <translation>kila wiki mbili katika siku hizi za wiki</translation>
    </message>
    <message>
        <source>on the start date&apos;s day number (29-31 fall on the last day of shorter months)</source>
        <translation>siku yenye namba sawa na ya tarehe ya kuanza (29-31 zinaangukia siku ya mwisho ya miezi mifupi)</translation>
    </message>
    <message>
        <source>any RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE</source>
        <translation>kanuni yoyote ya RFC 5545, mf. FREQ=WEEKLY;BYDAY=MO,WE</translation>
    </message>
    <message>
        <source>last date, YYYY-MM-DD</source>
        <translation>tarehe ya mwisho, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>number of sessions</source>
        <translation>idadi ya vipindi</translation>
    </message>
    <message>
        <source>number of weeks from the start</source>
        <translation>idadi ya wiki tangu mwanzo</translation>
    </message>
    <message>
        <source>monthly/quarterly on the Nth weekday, e.g. 2:tue or last:fri</source>
        <translation>kila mwezi/kila miezi mitatu katika siku ya wiki ya N ya mwezi, mf. 2:tue au last:fri</translation>
    </message>
    <message>
        <source>a date with no session (repeat for each holiday)</source>
        <translation>tarehe isiyo na kipindi (rudia kwa kila sikukuu)</translation>
    </message>
    <message>
        <source>start time HH:MM (default 09:00)</source>
        <translation>saa ya kuanza HH:MM (chaguo-msingi 09:00)</translation>
    </message>
    <message>
        <source>minutes (default 60)</source>
        <translation>dakika (chaguo-msingi 60)</translation>
    </message>
    <message>
        <source>e.g. Africa/Nairobi (default UTC)</source>
        <translation>mf. Africa/Nairobi (chaguo-msingi UTC)</translation>
    </message>
    <message>
        <source>online link</source>
        <translation>kiungo cha mtandaoni</translation>
    </message>
    <message>
        <source>how excused absences count (default: excluded from the rate)</source>
        <translation>jinsi kutokuwepo kwa ruhusa kunavyohesabiwa (chaguo-msingi: kunaachwa nje ya kiwango)</translation>
    </message>
    <message>
        <source>repeat per outcome</source>
        <translation>rudia kwa kila tokeo</translation>
    </message>
    <message>
        <source>repeat per topic</source>
        <translation>rudia kwa kila mada</translation>
    </message>
    <message>
        <source>list programmes</source>
        <translation>orodhesha programu</translation>
    </message>
    <message>
        <source>delete a programme with nothing recorded in it, else archive it (asks for --yes)</source>
        <translation>futa programu isiyo na kilichorekodiwa, la sivyo iweke kwenye kumbukumbu (inahitaji --yes)</translation>
    </message>
    <message>
        <source>programme id or name</source>
        <translation>id au jina la programu</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>thibitisha</translation>
    </message>
    <message>
        <source>sessions: list</source>
        <translation>vipindi: list</translation>
    </message>
    <message>
        <source>list sessions</source>
        <translation>orodhesha vipindi</translation>
    </message>
    <message>
        <source>participants: list</source>
        <translation>washiriki: list</translation>
    </message>
    <message>
        <source>list participants</source>
        <translation>orodhesha washiriki</translation>
    </message>
    <message>
        <source>only those enrolled in this programme</source>
        <translation>wale tu waliosajiliwa kwenye programu hii</translation>
    </message>
    <message>
        <source>part of a name or ID</source>
        <translation>sehemu ya jina au kitambulisho</translation>
    </message>
    <message>
        <source>delete a person with nothing recorded, else take them off every programme (asks for --yes)</source>
        <translation>futa mtu asiye na kilichorekodiwa, la sivyo mwondoe kwenye kila programu (inahitaji --yes)</translation>
    </message>
    <message>
        <source>participant id or external id</source>
        <translation>id ya mshiriki au kitambulisho chake</translation>
    </message>
    <message>
        <source>import participants from CSV or XLSX</source>
        <translation>ingiza washiriki kutoka CSV au XLSX</translation>
    </message>
    <message>
        <source>enrol everyone in this programme</source>
        <translation>sajili kila mtu kwenye programu hii</translation>
    </message>
    <message>
        <source>put a backup of the data file back in place (the newest one unless --backup is given); the file it replaces is kept</source>
        <translation>rudisha nakala rudufu ya faili la data (ya karibuni zaidi, isipokuwa --backup imetolewa); faili linalobadilishwa linahifadhiwa</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>nakala rudufu ya kurejesha</translation>
    </message>
    <message>
        <source>mark one participant in one session</source>
        <translation>weka alama kwa mshiriki mmoja katika kipindi kimoja</translation>
    </message>
    <message>
        <source>partial duration attended</source>
        <translation>sehemu ya muda aliohudhuria</translation>
    </message>
    <message>
        <source>who marks (default: this laptop&apos;s facilitator)</source>
        <translation>anayeweka alama (chaguo-msingi: mwezeshaji wa kompyuta hii)</translation>
    </message>
    <message>
        <source>every change of one participant&apos;s mark in one session, from every laptop that has synced, oldest first</source>
        <translation>kila badiliko la alama ya mshiriki mmoja katika kipindi kimoja, kutoka kila kompyuta iliyosawazisha, ya zamani kwanza</translation>
    </message>
    <message>
        <source>%1: already booked in %2; nothing changed.</source>
        <translation>%1: tayari amepata nafasi katika %2; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <source>%1: booked in %2.</source>
        <translation>%1: amepata nafasi katika %2.</translation>
    </message>
    <message>
        <source>%1: already put on the waiting list (it is full) in %2; nothing changed.</source>
        <translation>%1: tayari yuko kwenye orodha ya kusubiri (imejaa) katika %2; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <source>%1: put on the waiting list (it is full) in %2.</source>
        <translation>%1: amewekwa kwenye orodha ya kusubiri (imejaa) katika %2.</translation>
    </message>
    <message>
        <source>%1: already no longer booked in %2; nothing changed.</source>
        <translation>%1: tayari hana nafasi tena katika %2; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <source>%1: no longer booked in %2.</source>
        <translation>%1: hana nafasi tena katika %2.</translation>
    </message>
    <message>
        <source>%1&apos;s place in %2 is cancelled. %3 was booked from the waiting list.</source>
        <translation>Nafasi ya %1 katika %2 imeghairiwa. %3 amepata nafasi kutoka kwenye orodha ya kusubiri.</translation>
    </message>
    <message>
        <source>%1&apos;s place in %2 is cancelled.</source>
        <translation>Nafasi ya %1 katika %2 imeghairiwa.</translation>
    </message>
    <message>
        <source>give either --participant (someone registered) or --name.</source>
        <translation>toa --participant (mtu aliyesajiliwa) au --name.</translation>
    </message>
    <message>
        <source>%1 is already on this roll, marked %2; nothing changed.</source>
        <translation>%1 tayari yuko kwenye orodha hii, amewekwa “%2”; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <source>%1 is already on this roll, marked %2; nothing changed (use mark to change it).</source>
        <translation>%1 tayari yuko kwenye orodha hii, amewekwa “%2”; hakuna kilichobadilika (tumia mark kuibadilisha).</translation>
    </message>
    <message>
        <source>%1 is already registered; mark them with --participant ID, or add another person with --new.</source>
        <translation>%1 tayari amesajiliwa; mwekee alama kwa --participant ID, au ongeza mtu mwingine kwa --new.</translation>
    </message>
    <message>
        <source>%1 are already registered; mark them with --participant ID, or add another person with --new.</source>
        <translation>%1 tayari wamesajiliwa; wawekee alama kwa --participant ID, au ongeza mtu mwingine kwa --new.</translation>
    </message>
    <message>
        <source>%1 walked in: marked %2 (added as a new person).</source>
        <translation>%1 amefika kama mgeni: amewekwa “%2” (ameongezwa kama mtu mpya).</translation>
    </message>
    <message>
        <source>%1 walked in: marked %2.</source>
        <translation>%1 amefika kama mgeni: amewekwa “%2”.</translation>
    </message>
    <message>
        <source>this session has %1; it would be kept but stop counting in every figure until it is reinstated. Nothing was changed: run again with --yes to confirm.</source>
        <translation>kipindi hiki kina %1; ingebaki lakini isingehesabiwa tena katika takwimu yoyote mpaka kirejeshwe. Hakuna kilichobadilishwa: endesha tena ukitumia --yes kuthibitisha.</translation>
    </message>
    <message>
        <source>this session has %1; they would be kept but stop counting in every figure until it is reinstated. Nothing was changed: run again with --yes to confirm.</source>
        <translation>kipindi hiki kina %1; zingebaki lakini zisingehesabiwa tena katika takwimu yoyote mpaka kirejeshwe. Hakuna kilichobadilishwa: endesha tena ukitumia --yes kuthibitisha.</translation>
    </message>
    <message>
        <source>Its %1 is kept but does not count until it is reinstated.</source>
        <translation>Kina %1 ambayo inabaki lakini haihesabiwi mpaka kirejeshwe.</translation>
    </message>
    <message>
        <source>Its %1 are kept but do not count until it is reinstated.</source>
        <translation>Kina %1 ambazo zinabaki lakini hazihesabiwi mpaka kirejeshwe.</translation>
    </message>
    <message>
        <source>Cancelled: %1, %2 %3-%4 (%5).</source>
        <translation>Kimeghairiwa: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>Recorded as not having happened: %1, %2 %3-%4 (%5).</source>
        <translation>Kimerekodiwa kuwa hakikufanyika: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>Nothing to change: the session of %1 %2 (%3) is neither cancelled nor recorded as not having happened.</source>
        <translation>Hakuna cha kubadilisha: kipindi cha %1 %2 (%3) hakijaghairiwa wala hakijarekodiwa kuwa hakikufanyika.</translation>
    </message>
    <message>
        <source>Reinstated: %1, %2 %3-%4 (%5).</source>
        <translation>Kimerejeshwa: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>Added: %1, %2 %3-%4 (%5).</source>
        <translation>Kimeongezwa: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>say what to change: --date, --time or --duration.</source>
        <translation>sema cha kubadilisha: --date, --time au --duration.</translation>
    </message>
    <message>
        <source>Changed: %1, %2 %3-%4 (%5).</source>
        <translation>Kimebadilishwa: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; pending (mark cleared).</source>
        <translation>%1: %2 -&gt; bila alama (alama imefutwa).</translation>
    </message>
    <message>
        <source>%1 had no mark in this session; nothing changed.</source>
        <translation>%1 hakuwa na alama katika kipindi hiki; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <source>Marked 0 people present; everyone already had a mark.</source>
        <translation>Watu 0 wamewekwa “yupo”; kila mtu tayari alikuwa na alama.</translation>
    </message>
    <message>
        <source>Marked 0 people absent; everyone already had a mark.</source>
        <translation>Watu 0 wamewekwa “hayupo”; kila mtu tayari alikuwa na alama.</translation>
    </message>
    <message>
        <source>Marked 1 person present.</source>
        <translation>Mtu 1 amewekwa “yupo”.</translation>
    </message>
    <message>
        <source>Marked %1 people present.</source>
        <translation>Watu %1 wamewekwa “yupo”.</translation>
    </message>
    <message>
        <source>Marked 1 person absent.</source>
        <translation>Mtu 1 amewekwa “hayupo”.</translation>
    </message>
    <message>
        <source>Marked %1 people absent.</source>
        <translation>Watu %1 wamewekwa “hayupo”.</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>completion</comment>
        <translation>halali</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <comment>completion</comment>
        <translation>inakaribia kuisha</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>completion</comment>
        <translation>imeisha muda</translation>
    </message>
    <message>
        <source>%1 on %2 (a completion valid %3):</source>
        <translation>%1 tarehe %2 (kuhitimu ni halali kwa %3):</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>mwezi 1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>miezi %1</translation>
    </message>
    <message>
        <source>%1 on %2 (a completion never expires):</source>
        <translation>%1 tarehe %2 (kuhitimu hakuishi muda):</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>completion</comment>
        <translation>amehitimu</translation>
    </message>
    <message>
        <source>met, not recorded</source>
        <comment>completion</comment>
        <translation>ametimiza, haijarekodiwa</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>completion</comment>
        <translation>bado</translation>
    </message>
    <message>
        <source>never</source>
        <comment>expires</comment>
        <translation>haiishi</translation>
    </message>
    <message>
        <source>completion</source>
        <comment>column</comment>
        <translation>kuhitimu</translation>
    </message>
    <message>
        <source>completed on</source>
        <comment>column</comment>
        <translation>alihitimu tarehe</translation>
    </message>
    <message>
        <source>expires</source>
        <comment>column</comment>
        <translation>inaisha</translation>
    </message>
    <message>
        <source>as of then</source>
        <comment>column</comment>
        <translation>hali wakati huo</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet.</source>
        <translation>Bado hakuna aliyesajiliwa.</translation>
    </message>
    <message>
        <source>book a participant into a programme (waitlisted when full)</source>
        <translation>mpe mshiriki nafasi kwenye programu (orodha ya kusubiri ikiwa imejaa)</translation>
    </message>
    <message>
        <source>cancel a booking or waitlist place (the first waitlisted person gets a freed place)</source>
        <translation>ghairi nafasi au nafasi kwenye orodha ya kusubiri (mtu wa kwanza anayesubiri anapata nafasi iliyoachwa)</translation>
    </message>
    <message>
        <source>programme name or id</source>
        <translation>jina au id ya programu</translation>
    </message>
    <message>
        <source>add someone at the door and mark them</source>
        <translation>ongeza mtu aliye mlangoni na umwekee alama</translation>
    </message>
    <message>
        <source>someone already registered</source>
        <translation>mtu aliyesajiliwa tayari</translation>
    </message>
    <message>
        <source>a new person&apos;s name</source>
        <translation>jina la mtu mpya</translation>
    </message>
    <message>
        <source>their ID (an existing person with it is used)</source>
        <translation>kitambulisho chake (mtu aliyepo mwenye kitambulisho hicho anatumiwa)</translation>
    </message>
    <message>
        <source>add a new person even when someone registered matches --name</source>
        <translation>ongeza mtu mpya hata kama mtu aliyesajiliwa analingana na --name</translation>
    </message>
    <message>
        <source>one session: cancel, didnt-happen, reinstate, add, change</source>
        <translation>kipindi kimoja: cancel, didnt-happen, reinstate, add, change</translation>
    </message>
    <message>
        <source>cancel a session, with the reason</source>
        <translation>ghairi kipindi, pamoja na sababu</translation>
    </message>
    <message>
        <source>record that a session that started did not take place, with the reason</source>
        <translation>rekodi kwamba kipindi kilichoanza hakikufanyika, pamoja na sababu</translation>
    </message>
    <message>
        <source>confirm for a session with marks or outcome ticks</source>
        <translation>thibitisha kwa kipindi chenye alama za mahudhurio au za matokeo</translation>
    </message>
    <message>
        <source>undo a cancellation or a didn&apos;t-happen</source>
        <translation>tendua kughairi au kutofanyika</translation>
    </message>
    <message>
        <source>add one extra session to a programme</source>
        <translation>ongeza kipindi kimoja cha ziada kwenye programu</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>HH:MM (default: the programme&apos;s)</source>
        <translation>HH:MM (chaguo-msingi: saa ya programu)</translation>
    </message>
    <message>
        <source>minutes (default: the programme&apos;s)</source>
        <translation>dakika (chaguo-msingi: za programu)</translation>
    </message>
    <message>
        <source>move one session or change its length</source>
        <translation>hamisha kipindi kimoja au badilisha urefu wake</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>clear one participant&apos;s mark (back to pending)</source>
        <translation>futa alama ya mshiriki mmoja (arudi kuwa bila alama)</translation>
    </message>
    <message>
        <source>mark everyone still pending present, or the rest absent</source>
        <translation>weka “yupo” kwa kila ambaye bado hana alama, au “hayupo” kwa waliobaki</translation>
    </message>
    <message>
        <source>who completed a programme and whether it has expired on a date</source>
        <translation>nani amehitimu programu na kama kuhitimu kumeisha muda katika tarehe fulani</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>chaguo-msingi: leo</translation>
    </message>
    <message>
        <source>row %1  %2 (%3)</source>
        <translation>mstari %1  %2 (%3)</translation>
    </message>
    <message>
        <source>row %1  %2</source>
        <translation>mstari %1  %2</translation>
    </message>
    <message>
        <source>no box marked</source>
        <translation>hakuna kisanduku chenye alama</translation>
    </message>
    <message>
        <source>%1: %2 (session %3), sheet page %4, rows %5-%6; read in %7 s</source>
        <translation>%1: %2 (kipindi %3), ukurasa wa fomu %4, mistari %5-%6; imesomwa kwa sekunde %7</translation>
    </message>
    <message>
        <source>%1: %2 (session %3), sheet page %4, walk-in rows only; read in %7 s</source>
        <translation>%1: %2 (kipindi %3), ukurasa wa fomu %4, mistari ya wageni tu; imesomwa kwa sekunde %7</translation>
    </message>
    <message>
        <source>The roll has changed since printing: these people are now rows %1-%2 on the laptop; they are matched by who they are, not by row.</source>
        <translation>Orodha imebadilika tangu ilipochapishwa: watu hawa sasa ni mistari %1-%2 kwenye kompyuta; wanalinganishwa kwa utambulisho wao, si kwa mstari.</translation>
    </message>
    <message>
        <source>Doubtful, a person must look:</source>
        <translation>Yenye shaka, mtu lazima aangalie:</translation>
    </message>
    <message>
        <source>%1: %2? %3 (confidence %4); the laptop has %5</source>
        <translation>%1: %2? %3 (uhakika %4); kompyuta ina %5</translation>
    </message>
    <message>
        <source>%1: %2? %3 (confidence %4)</source>
        <translation>%1: %2? %3 (uhakika %4)</translation>
    </message>
    <message>
        <source>No box marked on the paper, nothing on the laptop either (left pending):</source>
        <translation>Hakuna kisanduku chenye alama kwenye karatasi, wala hakuna kitu kwenye kompyuta (imeachwa bila alama):</translation>
    </message>
    <message>
        <source>Paper and laptop disagree (the laptop&apos;s mark is kept):</source>
        <translation>Karatasi na kompyuta hazikubaliani (alama ya kompyuta inabaki):</translation>
    </message>
    <message>
        <source>%1: paper says %2, the laptop has %3 (confidence %4)</source>
        <translation>%1: karatasi inasema %2, kompyuta ina %3 (uhakika %4)</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Imesomwa:</translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3; the laptop has %4)</source>
        <translation>%1: %2 (uhakika %3; kompyuta ina %4)</translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3, already on the laptop)</source>
        <translation>%1: %2 (uhakika %3, tayari iko kwenye kompyuta)</translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3)</source>
        <translation>%1: %2 (uhakika %3)</translation>
    </message>
    <message>
        <source>%1, %2 refused: %3, %4 doubtful, %5 with no box marked, %6.</source>
        <translation>%1, zilizokataliwa %2: %3, zenye shaka %4, bila kisanduku chenye alama %5, %6.</translation>
    </message>
    <message>
        <source>1 page read</source>
        <translation>ukurasa 1 umesomwa</translation>
    </message>
    <message>
        <source>%1 pages read</source>
        <translation>kurasa %1 zimesomwa</translation>
    </message>
    <message>
        <source>1 mark to write</source>
        <translation>alama 1 ya kuandika</translation>
    </message>
    <message>
        <source>%1 (doubtful) on %2</source>
        <translation>%1 (ina shaka) kwenye %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 kwenye %2</translation>
    </message>
    <message>
        <source>Page %1 of %2 was read twice: %3</source>
        <translation>Ukurasa %1 wa %2 umesomwa mara mbili: %3</translation>
    </message>
    <message>
        <source>Page %1 of %2 was read %3 times: %4</source>
        <translation>Ukurasa %1 wa %2 umesomwa mara %3: %4</translation>
    </message>
    <message>
        <source>1 row read differently on the copies is left for a person (listed above).</source>
        <translation>Safu 1 iliyosomwa tofauti kwenye nakala imeachiwa mtu (tazama juu).</translation>
    </message>
    <message>
        <source>%1 rows read differently on the copies are left for a person (listed above).</source>
        <translation>Safu %1 zilizosomwa tofauti kwenye nakala zimeachiwa mtu (tazama juu).</translation>
    </message>
    <message>
        <source>the copies agree, it is written once.</source>
        <translation>nakala zinakubaliana, inaandikwa mara moja.</translation>
    </message>
    <message>
        <source>row %1  %2, outcome %3 (%4)</source>
        <translation>mstari %1  %2, tokeo %3 (%4)</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>na alama</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>bila alama</translation>
    </message>
    <message>
        <source>rows %1-%2</source>
        <translation>mistari %1-%2</translation>
    </message>
    <message>
        <source>no participant rows</source>
        <translation>hakuna mistari ya washiriki</translation>
    </message>
    <message>
        <source>outcomes %1-%2</source>
        <translation>matokeo %1-%2</translation>
    </message>
    <message>
        <source>no outcomes</source>
        <translation>hakuna matokeo</translation>
    </message>
    <message>
        <source>%1: %2 (session %3), tick-off page %4, %5, %6; read in %7 s</source>
        <translation>%1: %2 (kipindi %3), ukurasa wa alama za matokeo %4, %5, %6; imesomwa kwa sekunde %7</translation>
    </message>
    <message>
        <source>  Read differently on the copies of this page (nothing written, a person decides):</source>
        <translation>  Imesomwa tofauti kwenye nakala za ukurasa huu (hakuna kinachoandikwa, mtu ataamua):</translation>
    </message>
    <message>
        <source>%1: the copies say %2</source>
        <translation>%1: nakala zinasema %2</translation>
    </message>
    <message>
        <source>  Doubtful, a person must look:</source>
        <translation>  Yenye shaka, mtu lazima aangalie:</translation>
    </message>
    <message>
        <source>    %1: %2? %3 (confidence %4)</source>
        <translation>    %1: %2? %3 (uhakika %4)</translation>
    </message>
    <message>
        <source>; the laptop has it %1</source>
        <translation>; kwenye kompyuta %1</translation>
    </message>
    <message>
        <source>  Paper and laptop disagree (the laptop&apos;s tick is kept):</source>
        <translation>  Karatasi na kompyuta hazikubaliani (alama ya kompyuta inabaki):</translation>
    </message>
    <message>
        <source>    %1: paper says %2, the laptop has it %3 (confidence %4)</source>
        <translation>    %1: kwenye karatasi %2, kwenye kompyuta %3 (uhakika %4)</translation>
    </message>
    <message>
        <source>  Ticked:</source>
        <translation>  Zenye alama:</translation>
    </message>
    <message>
        <source>    %1 (confidence %2, already on the laptop)</source>
        <translation>    %1 (uhakika %2, tayari iko kwenye kompyuta)</translation>
    </message>
    <message>
        <source>    %1 (confidence %2)</source>
        <translation>    %1 (uhakika %2)</translation>
    </message>
    <message>
        <source>  Blank row %1 has outcome %2 ticked for someone not listed: not read; add them as a walk-in on the Roster tab, then tick them on the Outcomes tab.</source>
        <translation>  Mstari mtupu %1 una alama kwenye tokeo %2 kwa mtu ambaye hajaorodheshwa: haujasomwa; mwongeze kama mgeni kwenye kichupo cha Orodha, kisha mwekee alama kwenye kichupo cha Matokeo.</translation>
    </message>
    <message>
        <source>  Blank row %1 has outcomes %2 ticked for someone not listed: not read; add them as a walk-in on the Roster tab, then tick them on the Outcomes tab.</source>
        <translation>  Mstari mtupu %1 una alama kwenye matokeo %2 kwa mtu ambaye hajaorodheshwa: haujasomwa; mwongeze kama mgeni kwenye kichupo cha Orodha, kisha mwekee alama kwenye kichupo cha Matokeo.</translation>
    </message>
    <message>
        <source>Read differently on the copies of this page (nothing written, a person decides):</source>
        <translation>Imesomwa tofauti kwenye nakala za ukurasa huu (hakuna kinachoandikwa, mtu ataamua):</translation>
    </message>
    <message>
        <source>%1 marks to write</source>
        <translation>alama %1 za kuandika</translation>
    </message>
    <message>
        <source>%1 and %2 to write</source>
        <translation>%1 na %2 za kuandika</translation>
    </message>
    <message>
        <source>1 tick</source>
        <translation>alama 1 ya tokeo</translation>
    </message>
    <message>
        <source>%1 ticks</source>
        <translation>alama %1 za matokeo</translation>
    </message>
    <message>
        <source>1 conflict with the laptop</source>
        <translation>mgongano 1 na kompyuta</translation>
    </message>
    <message>
        <source>%1 conflicts with the laptop</source>
        <translation>migongano %1 na kompyuta</translation>
    </message>
    <message>
        <source>Skipped 1 blank page: %2.</source>
        <translation>Ukurasa 1 mtupu umerukwa: %2.</translation>
    </message>
    <message>
        <source>Skipped %1 blank pages: %2.</source>
        <translation>Kurasa %1 tupu zimerukwa: %2.</translation>
    </message>
    <message>
        <source>1 walk-in row written in by hand, not added here: type it in with Read paper sheets… on the Roster tab, which shows each as written.</source>
        <translation>Mstari 1 wa mgeni ulioandikwa kwa mkono haujaongezwa hapa: uandike kwa “Soma fomu za karatasi…” kwenye kichupo cha Orodha, kinachoonyesha kila mstari kama ulivyoandikwa.</translation>
    </message>
    <message>
        <source>%1 walk-in rows written in by hand, not added here: type them in with Read paper sheets… on the Roster tab, which shows each as written.</source>
        <translation>Mistari %1 ya wageni iliyoandikwa kwa mkono haijaongezwa hapa: iandike kwa “Soma fomu za karatasi…” kwenye kichupo cha Orodha, kinachoonyesha kila mstari kama ulivyoandikwa.</translation>
    </message>
    <message>
        <source>Nothing was written; run again with --accept to write the clear marks and ticks.</source>
        <translation>Hakuna kilichoandikwa; endesha tena ukitumia --accept kuandika alama zilizo wazi za mahudhurio na matokeo.</translation>
    </message>
    <message>
        <source>Nothing was written; run again with --accept to write the clear marks.</source>
        <translation>Hakuna kilichoandikwa; endesha tena ukitumia --accept kuandika alama zilizo wazi.</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>ukurasa %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 in one go.</source>
        <translation>Imeandikwa kwa mara moja: %1.</translation>
    </message>
    <message>
        <source>Wrote %1 in one go (%2), queued for sync.</source>
        <translation>Imeandikwa kwa mara moja: %1 (%2), inasubiri usawazishaji.</translation>
    </message>
    <message>
        <source>Wrote %1 in one go, queued for sync.</source>
        <translation>Imeandikwa kwa mara moja: %1, inasubiri usawazishaji.</translation>
    </message>
    <message>
        <source>Page images kept in %1.</source>
        <translation>Picha za kurasa zimehifadhiwa kwenye %1.</translation>
    </message>
    <message>
        <source>1 doubtful row</source>
        <translation>mstari 1 wenye shaka</translation>
    </message>
    <message>
        <source>%1 doubtful rows</source>
        <translation>mistari %1 yenye shaka</translation>
    </message>
    <message>
        <source>1 person with no box marked</source>
        <translation>mtu 1 bila kisanduku chenye alama</translation>
    </message>
    <message>
        <source>%1 people with no box marked</source>
        <translation>watu %1 bila kisanduku chenye alama</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>mgongano 1</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>migongano %1</translation>
    </message>
    <message>
        <source>1 row read differently on two copies</source>
        <translation>Safu 1 imesomwa tofauti kwenye nakala mbili</translation>
    </message>
    <message>
        <source>%1 rows read differently on two copies</source>
        <translation>Safu %1 zimesomwa tofauti kwenye nakala mbili</translation>
    </message>
    <message>
        <source>1 refused page</source>
        <translation>ukurasa 1 uliokataliwa</translation>
    </message>
    <message>
        <source>%1 refused pages</source>
        <translation>kurasa %1 zilizokataliwa</translation>
    </message>
    <message>
        <source>Needs a person: %1 (listed above); mark them on the Roster tab or with `fieldsessions mark`, tick them on the Outcomes tab.</source>
        <translation>Inahitaji mtu: %1 (imeorodheshwa juu); waweke alama kwenye kichupo cha Orodha au kwa `fieldsessions mark`, na alama za matokeo kwenye kichupo cha Matokeo.</translation>
    </message>
    <message>
        <source>Needs a person: %1 (listed above); mark them on the Roster tab or with `fieldsessions mark`.</source>
        <translation>Inahitaji mtu: %1 (imeorodheshwa juu); waweke alama kwenye kichupo cha Orodha au kwa `fieldsessions mark`.</translation>
    </message>
    <message>
        <source>read signed attendance sheets and ticked tick-off templates back in from scans or photos (PDF, PNG, JPEG, TIFF); shows what was read, writes it with --accept</source>
        <translation>soma tena fomu za mahudhurio zilizotiwa sahihi na fomu za kuweka alama za matokeo zilizojazwa, kutoka kwenye skani au picha (PDF, PNG, JPEG, TIFF); inaonyesha kilichosomwa, inakiandika kwa --accept</translation>
    </message>
    <message>
        <source>write the clear marks of people not yet marked on this laptop, and the clear ticks of boxes not yet set on it</source>
        <translation>andika alama zilizo wazi za watu ambao bado hawajawekewa alama kwenye kompyuta hii, na alama zilizo wazi za visanduku ambavyo bado havijawekwa humo</translation>
    </message>
    <message>
        <source>scanned pages or photos</source>
        <translation>kurasa zilizoskaniwa au picha</translation>
    </message>
    <message>
        <source>must be between 0 and 500</source>
        <translation>lazima iwe kati ya 0 na 500</translation>
    </message>
    <message>
        <source>-o was given an empty path; an output file is needed (-o FILE, or -o - for standard output).</source>
        <translation>-o imepewa njia tupu; faili la kuandika linahitajika (-o FILE, au -o - kwa stdout).</translation>
    </message>
    <message>
        <source>-o %1: standard error is kept for messages; give a file name, or -o - for standard output.</source>
        <translation>-o %1: stderr inatumika kwa ujumbe; toa jina la faili, au -o - kwa stdout.</translation>
    </message>
    <message>
        <source>A %1 file would print as garbage on the terminal; redirect it (-o - &gt; file) or give a file name.</source>
        <translation>Faili la %1 lingeonekana kama takataka kwenye terminal; lielekeze (-o - &gt; faili) au toa jina la faili.</translation>
    </message>
    <message>
        <source>%1 ends in .%2 but this writes %3; name it %4 or --format %2.</source>
        <translation>%1 linaishia na .%2 lakini hii inaandika %3; liite %4 au tumia --format %2.</translation>
    </message>
    <message>
        <source>%1 ends in .%2 but this writes %3; name it %4.</source>
        <translation>%1 linaishia na .%2 lakini hii inaandika %3; liite %4.</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4.</source>
        <translation>Imeandikwa %1: %2, %3, %4.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2, %3, %4.</source>
        <translation>Imeandikwa kwenye stdout: %2, %3, %4.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>ukurasa 1</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>kurasa %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>kumbuka: %1</translation>
    </message>
    <message>
        <source>That session is cancelled; reinstate it first (fieldsessions session reinstate ID).</source>
        <translation>Kipindi hicho kimeghairiwa; kirejeshe kwanza (fieldsessions session reinstate ID).</translation>
    </message>
    <message>
        <source>That session is recorded as not having happened; reinstate it first (fieldsessions session reinstate ID).</source>
        <translation>Kipindi hicho kimerekodiwa kuwa hakikufanyika; kirejeshe kwanza (fieldsessions session reinstate ID).</translation>
    </message>
    <message>
        <source>attendance record</source>
        <translation>rekodi ya mahudhurio</translation>
    </message>
    <message>
        <source>attendance sheet</source>
        <translation>fomu ya mahudhurio</translation>
    </message>
    <message>
        <source>tick-off template</source>
        <translation>fomu ya kuweka alama za matokeo</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <comment>participants x outcomes</comment>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>1 outcome</source>
        <translation>tokeo 1</translation>
    </message>
    <message>
        <source>%1 outcomes</source>
        <translation>matokeo %1</translation>
    </message>
    <message>
        <source>compliance report</source>
        <translation>ripoti ya utiifu</translation>
    </message>
    <message>
        <source>hours report</source>
        <translation>ripoti ya saa</translation>
    </message>
    <message>
        <source>1 period</source>
        <translation>mgawanyo 1</translation>
    </message>
    <message>
        <source>%1 periods</source>
        <translation>migawanyo %1</translation>
    </message>
    <message>
        <source>Nobody in %1 has completed it (or every completion has expired), so there is no certificate to print; no file was written.</source>
        <translation>Hakuna mtu katika %1 aliyehitimu (au kila kuhitimu kumeisha muda), kwa hiyo hakuna cheti cha kuchapisha; hakuna faili lililoandikwa.</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>vyeti</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>cheti 1</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>vyeti %1</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1; add --format csv or --format xlsx.</source>
        <translation>Haiwezekani kujua muundo wa %1; ongeza --format csv au --format xlsx.</translation>
    </message>
    <message>
        <source>Wrote %1: %2.</source>
        <translation>Imeandikwa %1: %2.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2.</source>
        <translation>Imeandikwa kwenye stdout: %2.</translation>
    </message>
    <message>
        <source>1 attendance line</source>
        <translation>mstari 1 wa mahudhurio</translation>
    </message>
    <message>
        <source>%1 attendance lines</source>
        <translation>mistari %1 ya mahudhurio</translation>
    </message>
    <message>
        <source>1 participant line</source>
        <translation>mstari 1 wa washiriki</translation>
    </message>
    <message>
        <source>%1 participant lines</source>
        <translation>mistari %1 ya washiriki</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>mstari 1</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>mistari %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2; %3.</source>
        <translation>Imeandikwa %1: %2; %3.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2; %3.</source>
        <translation>Imeandikwa kwenye stdout: %2; %3.</translation>
    </message>
    <message>
        <source>Wrote %1: %2; no sessions in this range for %3.</source>
        <translation>Imeandikwa %1: %2; hakuna vipindi katika muda huu kwa %3.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2; no sessions in this range for %3.</source>
        <translation>Imeandikwa kwenye stdout: %2; hakuna vipindi katika muda huu kwa %3.</translation>
    </message>
    <message>
        <source>first session date, YYYY-MM-DD</source>
        <translation>tarehe ya kipindi cha kwanza, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last session date, YYYY-MM-DD</source>
        <translation>tarehe ya kipindi cha mwisho, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the file to write; - (or /dev/stdout) for standard output</source>
        <translation>faili la kuandika; - (au /dev/stdout) kwa stdout</translation>
    </message>
    <message>
        <source>print a report to PDF: sheet, tickoff, compliance, hours, certificates</source>
        <translation>chapisha ripoti kwenye PDF: sheet, tickoff, compliance, hours, certificates</translation>
    </message>
    <message>
        <source>the attendance sheet of a session</source>
        <translation>fomu ya mahudhurio ya kipindi</translation>
    </message>
    <message>
        <source>a tick box per status (default) or a column to sign</source>
        <translation>kisanduku kwa kila hali (chaguo-msingi) au safu ya kutia sahihi</translation>
    </message>
    <message>
        <source>print the recorded marks</source>
        <translation>chapisha alama zilizorekodiwa</translation>
    </message>
    <message>
        <source>blank rows for walk-ins (default 10, or 0 with --filled)</source>
        <translation>mistari mitupu kwa wageni (chaguo-msingi 10, au 0 ukitumia --filled)</translation>
    </message>
    <message>
        <source>the outcome tick-off template and session report of a session</source>
        <translation>fomu ya kuweka alama za matokeo na ripoti ya kipindi</translation>
    </message>
    <message>
        <source>print the recorded ticks and session report</source>
        <translation>chapisha alama za matokeo na ripoti ya kipindi zilizorekodiwa</translation>
    </message>
    <message>
        <source>blank rows (default 5, or 0 with --filled)</source>
        <translation>mistari mitupu (chaguo-msingi 5, au 0 ukitumia --filled)</translation>
    </message>
    <message>
        <source>attendance compliance of a programme</source>
        <translation>utiifu wa mahudhurio wa programu</translation>
    </message>
    <message>
        <source>hours per facilitator and participant, per period</source>
        <translation>saa kwa kila mwezeshaji na mshiriki, kwa kila mgawanyo</translation>
    </message>
    <message>
        <source>a certificate per participant who completed</source>
        <translation>cheti kwa kila mshiriki aliyehitimu</translation>
    </message>
    <message>
        <source>one table per month (default), week, or only the whole programme</source>
        <translation>jedwali moja kwa kila mwezi (chaguo-msingi), kila wiki, au programu nzima tu</translation>
    </message>
    <message>
        <source>export to CSV or XLSX: attendance, compliance, hours</source>
        <translation>hamisha kwenda CSV au XLSX: attendance, compliance, hours</translation>
    </message>
    <message>
        <source>attendance of held sessions</source>
        <translation>mahudhurio ya vipindi vilivyofanyika</translation>
    </message>
    <message>
        <source>attendance compliance per participant</source>
        <translation>utiifu wa mahudhurio kwa kila mshiriki</translation>
    </message>
    <message>
        <source>hours per facilitator and participant</source>
        <translation>saa kwa kila mwezeshaji na mshiriki</translation>
    </message>
    <message>
        <source>programme name or id (default: every programme)</source>
        <translation>jina au id ya programu (chaguo-msingi: kila programu)</translation>
    </message>
    <message>
        <source>default: from the output file&apos;s extension</source>
        <translation>chaguo-msingi: kutoka kiendelezi cha faili la kuandika</translation>
    </message>
    <message>
        <source>No reports are owed.</source>
        <translation>Hakuna ripoti zinazodaiwa.</translation>
    </message>
    <message>
        <source>period</source>
        <comment>column</comment>
        <translation>muda</translation>
    </message>
    <message>
        <source>from</source>
        <comment>column</comment>
        <translation>kuanzia</translation>
    </message>
    <message>
        <source>to</source>
        <comment>column</comment>
        <translation>hadi</translation>
    </message>
    <message>
        <source>state</source>
        <comment>column</comment>
        <translation>hali</translation>
    </message>
    <message>
        <source>key</source>
        <comment>column</comment>
        <translation>ufunguo</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>report</comment>
        <translation>imechelewa</translation>
    </message>
    <message>
        <source>due</source>
        <comment>report</comment>
        <translation>inadaiwa</translation>
    </message>
    <message>
        <source>1 owed, %2 overdue. Submit it with: fieldsessions reports submit --programme NAME --period KEY --notes TEXT</source>
        <translation>Ripoti 1 inadaiwa, %2 zimechelewa. Iwasilishe kwa: fieldsessions reports submit --programme NAME --period KEY --notes TEXT</translation>
    </message>
    <message>
        <source>%1 owed, %2 overdue. Submit one with: fieldsessions reports submit --programme NAME --period KEY --notes TEXT</source>
        <translation>Ripoti %1 zinadaiwa, %2 zimechelewa. Wasilisha moja kwa: fieldsessions reports submit --programme NAME --period KEY --notes TEXT</translation>
    </message>
    <message>
        <source>Report for %1 submitted.</source>
        <translation>Ripoti ya %1 imewasilishwa.</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>column</comment>
        <translation>tokeo</translation>
    </message>
    <message>
        <source>achieved on</source>
        <comment>column</comment>
        <translation>lilifikiwa tarehe</translation>
    </message>
    <message>
        <source>No outcome achieved yet.</source>
        <translation>Bado hakuna tokeo lililofikiwa.</translation>
    </message>
    <message>
        <source>Pathway %1: %2</source>
        <translation>Njia %1: %2</translation>
    </message>
    <message>
        <source>complete on %1</source>
        <translation>imekamilika tarehe %1</translation>
    </message>
    <message>
        <source>still needs %1</source>
        <translation>bado inahitaji %1</translation>
    </message>
    <message>
        <source>--any-of %1 needs two or more programmes separated by |.</source>
        <translation>--any-of %1 inahitaji programu mbili au zaidi zikitenganishwa kwa |.</translation>
    </message>
    <message>
        <source>Pathway %1 created (%2).</source>
        <translation>Njia %1 imeundwa (%2).</translation>
    </message>
    <message>
        <source>No pathways yet. Create one with: fieldsessions pathway add --name NAME --programme A --any-of &quot;B|C&quot;</source>
        <translation>Bado hakuna njia za mafunzo. Unda moja kwa: fieldsessions pathway add --name NAME --programme A --any-of &quot;B|C&quot;</translation>
    </message>
    <message>
        <source>needs</source>
        <comment>column</comment>
        <translation>inahitaji</translation>
    </message>
    <message>
        <source>Nobody is booked on a programme of this pathway yet.</source>
        <translation>Bado hakuna aliyepata nafasi kwenye programu ya njia hii.</translation>
    </message>
    <message>
        <source>standing</source>
        <comment>column</comment>
        <translation>hali</translation>
    </message>
    <message>
        <source>Wrote %1: %2 for %3 to %4, %5.</source>
        <translation>Imeandikwa %1: %2 kuanzia %3 hadi %4, %5.</translation>
    </message>
    <message>
        <source>1 sheet</source>
        <translation>fomu 1</translation>
    </message>
    <message>
        <source>%1 sheets</source>
        <translation>fomu %1</translation>
    </message>
    <message>
        <source>the attendance sheets of every session in a date range, in one PDF (default: today and the next 13 days)</source>
        <translation>fomu za mahudhurio za kila kipindi kati ya tarehe mbili, kwenye PDF moja (chaguo-msingi: leo na siku 13 zijazo)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>PDF ya kuandika</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default today)</source>
        <translation>siku ya kwanza, YYYY-MM-DD (chaguo-msingi leo)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default 13 days after the first)</source>
        <translation>siku ya mwisho, YYYY-MM-DD (chaguo-msingi siku 13 baada ya ya kwanza)</translation>
    </message>
    <message>
        <source>only this programme (id or name)</source>
        <translation>programu hii tu (id au jina)</translation>
    </message>
    <message>
        <source>paper size (default a4)</source>
        <translation>ukubwa wa karatasi (chaguo-msingi a4)</translation>
    </message>
    <message>
        <source>a participant&apos;s outcomes across programmes and their pathway progress</source>
        <translation>matokeo ya mshiriki katika programu zote na maendeleo yake katika njia za mafunzo</translation>
    </message>
    <message>
        <source>participant id or external ID</source>
        <translation>id ya mshiriki au kitambulisho chake</translation>
    </message>
    <message>
        <source>completion pathways: add, list, status</source>
        <translation>njia za kuhitimu: add, list, status</translation>
    </message>
    <message>
        <source>create a pathway: every --programme, and any one of each --any-of group</source>
        <translation>unda njia: kila --programme, na yoyote moja ya kila kikundi cha --any-of</translation>
    </message>
    <message>
        <source>a programme the pathway needs (repeat)</source>
        <translation>programu ambayo njia inahitaji (rudia)</translation>
    </message>
    <message>
        <source>programmes of which any one is enough, separated by | (repeat)</source>
        <translation>programu ambazo yoyote moja inatosha, zikitenganishwa kwa | (rudia)</translation>
    </message>
    <message>
        <source>list the pathways and what each needs</source>
        <translation>orodhesha njia na kile kila moja inahitaji</translation>
    </message>
    <message>
        <source>who completed a pathway, and what the others still need</source>
        <translation>nani amekamilisha njia, na wengine bado wanahitaji nini</translation>
    </message>
    <message>
        <source>pathway id or exact name</source>
        <translation>id au jina kamili la njia</translation>
    </message>
    <message>
        <source>reports owed: owed, submit</source>
        <translation>ripoti zinazodaiwa: owed, submit</translation>
    </message>
    <message>
        <source>list the programme reports not written yet (due, or overdue a week after)</source>
        <translation>orodhesha ripoti za programu ambazo bado hazijaandikwa (zinadaiwa, au zimechelewa baada ya wiki moja)</translation>
    </message>
    <message>
        <source>only this programme (id or exact name)</source>
        <translation>programu hii tu (id au jina kamili)</translation>
    </message>
    <message>
        <source>submit a report owed (a period&apos;s report, or a session&apos;s)</source>
        <translation>wasilisha ripoti inayodaiwa (ripoti ya muda fulani, au ya kipindi)</translation>
    </message>
    <message>
        <source>programme id or exact name</source>
        <translation>id au jina kamili la programu</translation>
    </message>
    <message>
        <source>the period&apos;s key as `reports owed` shows it, e.g. month:2026-03</source>
        <translation>ufunguo wa muda kama `reports owed` inavyouonyesha, mf. month:2026-03</translation>
    </message>
    <message>
        <source>what the report says</source>
        <translation>ripoti inasema nini</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <comment>compliance</comment>
        <translation>bado hajatathminiwa</translation>
    </message>
    <message>
        <source>compliant</source>
        <comment>compliance</comment>
        <translation>anatimiza masharti</translation>
    </message>
    <message>
        <source>at risk</source>
        <comment>compliance</comment>
        <translation>yuko hatarini</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <comment>compliance</comment>
        <translation>hatimizi masharti</translation>
    </message>
    <message>
        <source>attended</source>
        <comment>excused counts as</comment>
        <translation>kuhudhuria</translation>
    </message>
    <message>
        <source>excluded</source>
        <comment>excused counts as</comment>
        <translation>kuachwa nje</translation>
    </message>
    <message>
        <source>absent</source>
        <comment>excused counts as</comment>
        <translation>kutokuwepo</translation>
    </message>
    <message>
        <source>ALERT</source>
        <comment>absence alert</comment>
        <translation>TAHADHARI</translation>
    </message>
    <message>
        <source>%1: required attendance %2%, excused counts as %3, %4.</source>
        <translation>%1: mahudhurio yanayohitajika %2%, ruhusa inahesabiwa kama %3, %4.</translation>
    </message>
    <message>
        <source>alert after 1 absence in a row</source>
        <translation>tahadhari baada ya kutokuwepo mara 1</translation>
    </message>
    <message>
        <source>alert after %1 absences in a row</source>
        <translation>tahadhari baada ya kutokuwepo mara %1 mfululizo</translation>
    </message>
    <message>
        <source>%1: required attendance %2%, excused counts as %3, no alert for absences in a row.</source>
        <translation>%1: mahudhurio yanayohitajika %2%, ruhusa inahesabiwa kama %3, hakuna tahadhari ya kutokuwepo mfululizo.</translation>
    </message>
    <message>
        <source>Sessions: %1 with roll taken, %2 with roll missing or incomplete, %3 to come.</source>
        <translation>Vipindi: %1 vimechukuliwa mahudhurio, %2 havina mahudhurio au hayajakamilika, %3 vijavyo.</translation>
    </message>
    <message>
        <source>Nobody needs follow-up.</source>
        <translation>Hakuna anayehitaji ufuatiliaji.</translation>
    </message>
    <message>
        <source>Nobody is booked yet.</source>
        <translation>Bado hakuna aliyepata nafasi.</translation>
    </message>
    <message>
        <source>attended</source>
        <comment>column</comment>
        <translation>alihudhuria</translation>
    </message>
    <message>
        <source>rate</source>
        <comment>column</comment>
        <translation>kiwango</translation>
    </message>
    <message>
        <source>max</source>
        <comment>column</comment>
        <translation>juu</translation>
    </message>
    <message>
        <source>absences in a row</source>
        <comment>column</comment>
        <translation>kutokuwepo mfululizo</translation>
    </message>
    <message>
        <source>alert</source>
        <comment>column</comment>
        <translation>tahadhari</translation>
    </message>
    <message>
        <source>Follow-up: %1 of %2 (--follow-up lists only them).</source>
        <translation>Ufuatiliaji: %1 kati ya %2 (--follow-up inaorodhesha wao tu).</translation>
    </message>
    <message>
        <source>attendance compliance of a programme&apos;s participants, with the follow-up list</source>
        <translation>utiifu wa mahudhurio wa washiriki wa programu, pamoja na orodha ya ufuatiliaji</translation>
    </message>
    <message>
        <source>only the non-compliant, at-risk and alerted participants</source>
        <translation>wale tu wasiotimiza masharti, walio hatarini na wenye tahadhari</translation>
    </message>
    <message>
        <source>--ca-bundle needs a file.</source>
        <translation>--ca-bundle inahitaji faili.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Faili la CA %1 halipo.</translation>
    </message>
    <message>
        <source>the CA bundle file (.pem) the server&apos;s admin gave you</source>
        <translation>faili la CA bundle (.pem) ulilopewa na msimamizi wa seva</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Haiwezekani kusoma faili la CA %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate file (PEM).</source>
        <translation>%1 si faili la cheti cha CA (PEM).</translation>
    </message>
    <message>
        <source>No password: set %1 or run this in a terminal.</source>
        <translation>Hakuna nenosiri: weka %1 au endesha hii kwenye terminal.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Nenosiri la %1: </translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>hifadhi ya siri ya mfumo</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; the device token is kept in %3.</source>
        <translation>Umeingia kwenye %1 kama %2; tokeni ya kompyuta hii imehifadhiwa kwenye %3.</translation>
    </message>
    <message>
        <source>%1 answers in plain HTTP, not HTTPS: check the address with the server&apos;s admin (http:// is accepted only for a server on this machine).</source>
        <translation>%1 inajibu kwa HTTP ya kawaida, si HTTPS: hakikisha anwani na msimamizi wa seva (http:// inakubaliwa tu kwa seva iliyo kwenye kompyuta hii).</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified; ask the server&apos;s admin for its CA bundle and give it with --ca-bundle FILE.</source>
        <translation>Cheti cha %1 hakikuweza kuthibitishwa; muombe msimamizi wa seva CA bundle yake na uitoe kwa --ca-bundle FILE.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at %1: nothing answers there. Check the address and your connection, and that the server is running.</source>
        <translation>Haiwezekani kufikia seva ya usawazishaji kwenye %1: hakuna kinachojibu hapo. Angalia anwani na muunganisho wako, na kwamba seva inafanya kazi.</translation>
    </message>
    <message>
        <source>sending %1/%2</source>
        <translation>inatuma %1/%2</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>imepokelewa %1</translation>
    </message>
    <message>
        <source>Sync stopped before anything was sent or received: %1</source>
        <translation>Usawazishaji umesimama kabla ya kutuma au kupokea chochote: %1</translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation>Bado hakuna usawazishaji.</translation>
    </message>
    <message>
        <source>running</source>
        <comment>sync</comment>
        <translation>inaendelea</translation>
    </message>
    <message>
        <source>stopped (interrupted)</source>
        <translation>imesimamishwa (imekatizwa)</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>imesimama: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>imekataliwa: %1</translation>
    </message>
    <message>
        <source>1 received change waiting</source>
        <translation>Badiliko 1 lililopokelewa linasubiri</translation>
    </message>
    <message>
        <source>%1 received changes waiting</source>
        <translation>Mabadiliko %1 yaliyopokelewa yanasubiri</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>sync</comment>
        <translation>sawa</translation>
    </message>
    <message>
        <source>%1  sent %2, accepted %3, conflicts %4, rejected %5, received %6  %7</source>
        <translation>%1  yametumwa %2, yamekubaliwa %3, migongano %4, yamekataliwa %5, yamepokelewa %6  %7</translation>
    </message>
    <message>
        <source>%2 (1 change)</source>
        <translation>%2 (badiliko 1)</translation>
    </message>
    <message>
        <source>%2 (%1 changes)</source>
        <translation>%2 (mabadiliko %1)</translation>
    </message>
    <message>
        <source>sign this laptop in to a sync server</source>
        <translation>ingiza kompyuta hii kwenye seva ya usawazishaji</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>jina lako la mtumiaji kwenye seva</translation>
    </message>
    <message>
        <source>a CA bundle file for a private certificate</source>
        <translation>faili la CA bundle kwa cheti binafsi</translation>
    </message>
    <message>
        <source>send queued changes and receive the server&apos;s</source>
        <translation>tuma mabadiliko yanayosubiri na upokee ya seva</translation>
    </message>
    <message>
        <source>changes per request</source>
        <translation>mabadiliko kwa kila ombi</translation>
    </message>
    <message>
        <source>no progress</source>
        <translation>bila kuonyesha maendeleo</translation>
    </message>
    <message>
        <source>show the last syncs</source>
        <translation>onyesha usawazishaji wa mwisho</translation>
    </message>
    <message>
        <source>The completion attendance must be between 0 and 100 %.</source>
        <translation>Mahudhurio ya kuhitimu lazima yawe kati ya 0 na 100 %.</translation>
    </message>
    <message>
        <source>A completion stays valid for at least one month.</source>
        <translation>Kuhitimu kunabaki halali kwa angalau mwezi mmoja.</translation>
    </message>
    <message>
        <source>&apos;Expiring soon&apos; needs a number of days of 0 or more.</source>
        <translation>&apos;Inakaribia kuisha&apos; inahitaji idadi ya siku ya 0 au zaidi.</translation>
    </message>
    <message>
        <source>Required attendance must be between 0 and 100 %.</source>
        <translation>Mahudhurio yanayohitajika lazima yawe kati ya 0 na 100 %.</translation>
    </message>
    <message>
        <source>The consecutive absence limit cannot be negative.</source>
        <translation>Kikomo cha kutokuwepo mfululizo hakiwezi kuwa hasi.</translation>
    </message>
    <message>
        <source>An hours budget must be a number of hours.</source>
        <translation>Bajeti ya saa lazima iwe idadi ya saa.</translation>
    </message>
    <message>
        <source>An hours budget cannot be negative.</source>
        <translation>Bajeti ya saa haiwezi kuwa hasi.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>saa %1 dakika %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>saa %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>dakika %1</translation>
    </message>
    <message>
        <source>The minutes attended must be between 0 and the session&apos;s %1 minutes.</source>
        <translation>Dakika alizohudhuria lazima ziwe kati ya 0 na dakika %1 za kipindi.</translation>
    </message>
    <message>
        <source>%1 has used all of their %2 budget; record them as absent or excused, or raise their budget.</source>
        <translation>%1 ametumia bajeti yake yote ya %2; mrekodi kuwa hayupo au ana ruhusa, au ongeza bajeti yake.</translation>
    </message>
    <message>
        <source>%1 has only %2 left of their %3 budget and this session takes %4; record the minutes actually used (at most %5) or raise their budget.</source>
        <translation>%1 amebakiwa na %2 tu kati ya bajeti yake ya %3 na kipindi hiki kinachukua %4; rekodi dakika alizotumia kweli (zisizozidi %5) au ongeza bajeti yake.</translation>
    </message>
    <message>
        <source>%1 has only %2 left of their %3 budget, less than the %4 recorded; record at most %5 minutes or raise their budget.</source>
        <translation>%1 amebakiwa na %2 tu kati ya bajeti yake ya %3, chini ya %4 zilizorekodiwa; rekodi dakika zisizozidi %5 au ongeza bajeti yake.</translation>
    </message>
    <message>
        <source>This session was cancelled, so attendance cannot be recorded for it.</source>
        <translation>Kipindi hiki kimeghairiwa, kwa hiyo mahudhurio hayawezi kurekodiwa.</translation>
    </message>
    <message>
        <source>This session is recorded as not having happened, so attendance cannot be recorded for it.</source>
        <translation>Kipindi hiki kimerekodiwa kuwa hakikufanyika, kwa hiyo mahudhurio hayawezi kurekodiwa.</translation>
    </message>
    <message>
        <source>This session starts more than an hour from now; attendance can be recorded from one hour before it starts.</source>
        <translation>Kipindi hiki kinaanza zaidi ya saa moja kutoka sasa; mahudhurio yanaweza kurekodiwa kuanzia saa moja kabla ya kuanza.</translation>
    </message>
    <message>
        <source>1 attendance mark</source>
        <translation>alama 1 ya mahudhurio</translation>
    </message>
    <message>
        <source>%1 attendance marks</source>
        <translation>alama %1 za mahudhurio</translation>
    </message>
    <message>
        <source>1 outcome tick</source>
        <translation>alama 1 ya matokeo</translation>
    </message>
    <message>
        <source>%1 outcome ticks</source>
        <translation>alama %1 za matokeo</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <source>The session of %1 has %2, so it cannot be moved to a time more than an hour from now (a session is marked only once it is about to start); clear what is recorded on it first, or add a new session instead.</source>
        <translation>Kipindi cha %1 kina %2, kwa hiyo hakiwezi kuhamishwa kwenda muda ulio zaidi ya saa moja kutoka sasa (kipindi kinawekewa alama tu kinapokaribia kuanza); futa kilichorekodiwa ndani yake kwanza, au ongeza kipindi kipya badala yake.</translation>
    </message>
    <message>
        <source>The session of %2 has 1 attendance mark, so it cannot be deleted; cancel it instead.</source>
        <translation>Kipindi cha %2 kina alama 1 ya mahudhurio, kwa hiyo hakiwezi kufutwa; kighairi badala yake.</translation>
    </message>
    <message>
        <source>The session of %2 has %1 attendance marks, so it cannot be deleted; cancel it instead.</source>
        <translation>Kipindi cha %2 kina alama %1 za mahudhurio, kwa hiyo hakiwezi kufutwa; kighairi badala yake.</translation>
    </message>
    <message>
        <source>A programme needs a name.</source>
        <translation>Programu inahitaji jina.</translation>
    </message>
    <message>
        <source>A programme name is at most 200 characters.</source>
        <translation>Jina la programu lisizidi herufi 200.</translation>
    </message>
    <message>
        <source>The online link %1 is not a web address; give the whole link, starting with https://.</source>
        <translation>Kiungo cha mtandaoni %1 si anwani ya wavuti; toa kiungo kizima, kinachoanza na https://.</translation>
    </message>
    <message>
        <source>Required attendance is a percentage from 0 to 100.</source>
        <translation>Mahudhurio yanayohitajika ni asilimia kutoka 0 hadi 100.</translation>
    </message>
    <message>
        <source>Capacity must be at least 1 (or left empty for no limit).</source>
        <translation>Nafasi lazima ziwe angalau 1 (au acha wazi kwa bila kikomo).</translation>
    </message>
    <message>
        <source>The consecutive-absence alert needs a limit of at least 1.</source>
        <translation>Tahadhari ya kutokuwepo mfululizo inahitaji kikomo cha angalau 1.</translation>
    </message>
    <message>
        <source>Expiry is at least 1 month (or empty for never).</source>
        <translation>Muda wa kuisha ni angalau mwezi 1 (au acha wazi ili isiishe kamwe).</translation>
    </message>
    <message>
        <source>An outcome cannot be empty.</source>
        <translation>Tokeo haliwezi kuwa tupu.</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>tarehe ya kuanza</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>tarehe ya mwisho</translation>
    </message>
    <message>
        <source>excluded date</source>
        <translation>tarehe iliyoondolewa</translation>
    </message>
    <message>
        <source>last session&apos;s date</source>
        <translation>tarehe ya kipindi cha mwisho</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarehe</translation>
    </message>
    <message>
        <source>The %1 %2 is not a date in the form YYYY-MM-DD.</source>
        <translation>Kwa %1, %2 si tarehe katika muundo wa YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist in the calendar.</source>
        <translation>Kwa %1, %2 haipo kwenye kalenda.</translation>
    </message>
    <message>
        <source>The time %1 is not a time in the form HH:MM (00:00-23:59).</source>
        <translation>Saa %1 si saa katika muundo wa HH:MM (00:00-23:59).</translation>
    </message>
    <message>
        <source>%1 is not a weekday; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>%1 si siku ya wiki; tumia mon, tue, wed, thu, fri, sat au sun.</translation>
    </message>
    <message>
        <source>Name at least one weekday, for example tue,thu.</source>
        <translation>Taja angalau siku moja ya wiki, kwa mfano tue,thu.</translation>
    </message>
    <message>
        <source>%1 is not a known time zone (e.g. Africa/Nairobi).</source>
        <translation>%1 si eneo la saa linalojulikana (mf. Africa/Nairobi).</translation>
    </message>
    <message>
        <source>The number of weeks must be at least 1.</source>
        <translation>Idadi ya wiki lazima iwe angalau 1.</translation>
    </message>
    <message>
        <source>The %1 %2 is outside the years %3-%4 that programmes can be scheduled in.</source>
        <translation>Kwa %1, %2 iko nje ya miaka %3-%4 ambayo programu zinaweza kupangwa.</translation>
    </message>
    <message>
        <source>A once-off programme has a single session; leave out the end date, number of weeks or number of sessions (or choose a repeating schedule).</source>
        <translation>Programu ya mara moja tu ina kipindi kimoja; acha tarehe ya mwisho, idadi ya wiki au idadi ya vipindi (au chagua ratiba inayojirudia).</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Tarehe ya mwisho %1 iko kabla ya tarehe ya kuanza %2.</translation>
    </message>
    <message>
        <source>The number of sessions must be between 1 and %1.</source>
        <translation>Idadi ya vipindi lazima iwe kati ya 1 na %1.</translation>
    </message>
    <message>
        <source>Weekdays must be numbers 0 (Monday) to 6 (Sunday).</source>
        <translation>Siku za wiki lazima ziwe namba 0 (Jumatatu) hadi 6 (Jumapili).</translation>
    </message>
    <message>
        <source>A custom schedule needs an RRULE, e.g. FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>Ratiba maalum inahitaji RRULE, mf. FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>The RRULE %1 repeats within a day; programmes have at most one session a day, so use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation>RRULE %1 inajirudia ndani ya siku moja; programu zina kipindi kimoja tu kwa siku, kwa hiyo tumia FREQ=DAILY, WEEKLY, MONTHLY au YEARLY.</translation>
    </message>
    <message>
        <source>The RRULE %1 has its own COUNT or UNTIL; give the end either in the rule or as an end date / number of sessions, not both.</source>
        <translation>RRULE %1 ina COUNT au UNTIL yake; toa mwisho ama kwenye kanuni ama kama tarehe ya mwisho / idadi ya vipindi, si vyote viwili.</translation>
    </message>
    <message>
        <source>Say when the programme ends: an end date or a number of sessions.</source>
        <translation>Sema programu inaisha lini: tarehe ya mwisho au idadi ya vipindi.</translation>
    </message>
    <message>
        <source>For &apos;the Nth weekday of the month&apos; choose week 1, 2, 3, 4 or last (-1).</source>
        <translation>Kwa &apos;siku ya wiki ya N ya mwezi&apos; chagua wiki 1, 2, 3, 4 au ya mwisho (-1).</translation>
    </message>
    <message>
        <source>The RRULE %1 is not valid: %2.</source>
        <translation>RRULE %1 si sahihi: %2.</translation>
    </message>
    <message>
        <source>This schedule has no sessions: every date it makes is excluded.</source>
        <translation>Ratiba hii haina vipindi: kila tarehe inayounda imeondolewa.</translation>
    </message>
    <message>
        <source>The RRULE&apos;s UNTIL (%1) is before the start (%2), so it makes no sessions.</source>
        <translation>UNTIL ya RRULE (%1) iko kabla ya mwanzo (%2), kwa hiyo haiundi vipindi.</translation>
    </message>
    <message>
        <source>The RRULE %1 matches no date from the start on, so it makes no sessions.</source>
        <translation>RRULE %1 hailingani na tarehe yoyote kuanzia mwanzo, kwa hiyo haiundi vipindi.</translation>
    </message>
    <message>
        <source>This schedule makes no sessions between its start and its end.</source>
        <translation>Ratiba hii haiundi vipindi kati ya mwanzo na mwisho wake.</translation>
    </message>
    <message>
        <source>This schedule puts more than one session on %1; programmes have at most one session a day.</source>
        <translation>Ratiba hii inaweka zaidi ya kipindi kimoja tarehe %1; programu zina kipindi kimoja tu kwa siku.</translation>
    </message>
    <message>
        <source>This RRULE never ends or makes more than %1 sessions; add UNTIL or COUNT.</source>
        <translation>RRULE hii haiishi au inaunda zaidi ya vipindi %1; ongeza UNTIL au COUNT.</translation>
    </message>
    <message>
        <source>This schedule would make more than %1 sessions; choose an earlier end.</source>
        <translation>Ratiba hii ingeunda zaidi ya vipindi %1; chagua mwisho wa mapema zaidi.</translation>
    </message>
    <message>
        <source>The last session&apos;s date %1 is outside the years %2-%3.</source>
        <translation>Tarehe ya kipindi cha mwisho %1 iko nje ya miaka %2-%3.</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Kipindi kinadumu kati ya dakika 1 na saa 24.</translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation>Machi</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation>Aprili</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation>Julai</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation>Agosti</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation>Septemba</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation>Oktoba</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation>Novemba</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation>Desemba</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Kipindi cha %1</translation>
    </message>
    <message>
        <source>Final report %1</source>
        <translation>Ripoti ya mwisho %1</translation>
    </message>
    <message>
        <source>Day of %1</source>
        <translation>Siku ya %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Wiki %1 ya %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) workbook; save it as .xlsx or CSV and import that.</source>
        <translation>Hiki ni kitabu cha zamani cha Excel (.xls); kihifadhi kama .xlsx au CSV kisha uingize hicho.</translation>
    </message>
    <message>
        <source>The file is not a roster: it is neither CSV text nor an XLSX workbook; save the roster as CSV or XLSX and import that.</source>
        <translation>Faili si orodha ya washiriki: si maandishi ya CSV wala kitabu cha XLSX; hifadhi orodha kama CSV au XLSX kisha uingize hiyo.</translation>
    </message>
    <message>
        <source>Line %1: the file cannot be read as CSV (%2).</source>
        <translation>Mstari %1: faili haliwezi kusomwa kama CSV (%2).</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook (%1).</source>
        <translation>Faili si kitabu cha XLSX kinachosomeka (%1).</translation>
    </message>
    <message>
        <source>a roster file (.csv or .xlsx)</source>
        <translation>faili la orodha (.csv au .xlsx)</translation>
    </message>
    <message>
        <source>%1 is larger than 200 MB; split it.</source>
        <translation>%1 ni kubwa kuliko MB 200; ligawanye.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Faili haliwezi kusomwa (%1).</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, more than a roster can have; split it into smaller files.</source>
        <translation>Faili lina zaidi ya mistari %1, zaidi ya orodha inavyoweza kuwa nayo; ligawanye kuwa faili ndogo zaidi.</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook (it may be damaged).</source>
        <translation>Faili si kitabu cha XLSX kinachosomeka (huenda kimeharibika).</translation>
    </message>
    <message>
        <source>This workbook unpacks to %1 MB, far more than a roster needs (it may be damaged or made to overload the app); save the roster alone as a new workbook or as CSV and import that.</source>
        <translation>Kitabu hiki kinafunguka kuwa MB %1, zaidi sana ya kile orodha inahitaji (huenda kimeharibika au kimetengenezwa ili kuelemea fieldsessions); hifadhi orodha peke yake kama kitabu kipya au kama CSV kisha uingize hicho.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>jina</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>jina la kwanza</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>jina la ukoo</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>kitambulisho</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>simu</translation>
    </message>
    <message>
        <source>email</source>
        <translation>barua pepe</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>jinsia</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>jina la kikundi</translation>
    </message>
    <message>
        <source>date of birth %1 is not a day of the calendar (check the day and the month)</source>
        <translation>tarehe ya kuzaliwa %1 si siku ya kalenda (angalia siku na mwezi)</translation>
    </message>
    <message>
        <source>date of birth %1 is not a date; write it like 1990-02-28 or 28/02/1990</source>
        <translation>tarehe ya kuzaliwa %1 si tarehe; iandike kama 1990-02-28 au 28/02/1990</translation>
    </message>
    <message>
        <source>date of birth %1 is in the future</source>
        <translation>tarehe ya kuzaliwa %1 iko siku zijazo</translation>
    </message>
    <message>
        <source>date of birth %1 is before 1900</source>
        <translation>tarehe ya kuzaliwa %1 iko kabla ya 1900</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>ina herufi za udhibiti</translation>
    </message>
    <message>
        <source>%1 %2 is a number or a date, not a name (is the right column chosen as the name?)</source>
        <translation>%1 %2 ni namba au tarehe, si jina (je, safu sahihi imechaguliwa kama jina?)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>hakuna jina</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>jina lina zaidi ya herufi %1</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ina zaidi ya herufi %2</translation>
    </message>
    <message>
        <source>phone %1 is not a phone number</source>
        <translation>simu %1 si namba ya simu</translation>
    </message>
    <message>
        <source>email %1 has no @</source>
        <translation>barua pepe %1 haina @</translation>
    </message>
    <message>
        <source>The file has no header row (it is empty).</source>
        <translation>Faili halina mstari wa vichwa (ni tupu).</translation>
    </message>
    <message>
        <source>No name column found. Name a column &apos;Name&apos; (or &apos;First name&apos; and &apos;Last name&apos;); the columns are: %1.</source>
        <translation>Hakuna safu ya jina iliyopatikana. Ipe safu jina &apos;Name&apos; (au &apos;First name&apos; na &apos;Last name&apos;); safu zilizopo ni: %1.</translation>
    </message>
    <message>
        <source>has more values than the header has columns (%1 named); is there a separator inside a value? Put that value in quotes</source>
        <translation>ina thamani nyingi kuliko safu za mstari wa vichwa (zenye majina %1); je, kuna kitenganishi ndani ya thamani? Weka thamani hiyo ndani ya alama za nukuu</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same ID %2)</source>
        <translation>nakala ya mstari %1 (kitambulisho sawa %2)</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same name and date of birth)</source>
        <translation>nakala ya mstari %1 (jina sawa na tarehe ya kuzaliwa sawa)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>na %1 zaidi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(hakuna)</translation>
    </message>
    <message>
        <source>The %1 %2 is outside the years %3.</source>
        <translation>Kwa %1, %2 iko nje ya miaka %3.</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>tarehe na saa</translation>
    </message>
    <message>
        <source>The %1 %2 has no time zone.</source>
        <translation>Kwa %1, %2 haina eneo la saa.</translation>
    </message>
    <message>
        <source>The %1 %2 is not a date (YYYY-MM-DD).</source>
        <translation>Kwa %1, %2 si tarehe (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The %1 %2 is not an ISO-8601 date and time.</source>
        <translation>Kwa %1, %2 si tarehe na saa ya ISO-8601.</translation>
    </message>
    <message>
        <source>The weekdays %1 are not day numbers 0 (Monday) to 6 (Sunday) joined by commas.</source>
        <translation>Siku za wiki %1 si namba za siku 0 (Jumatatu) hadi 6 (Jumapili) zilizotenganishwa kwa koma.</translation>
    </message>
    <message>
        <source>The start time %1 is not a time in the form HH:MM (00:00-23:59).</source>
        <translation>Saa ya kuanza %1 si saa katika muundo wa HH:MM (00:00-23:59).</translation>
    </message>
    <message>
        <source>In the RRULE, %1 is not a NAME=VALUE part; write it like FREQ=WEEKLY;BYDAY=MO,TH.</source>
        <translation>Katika RRULE, %1 si sehemu ya NAME=VALUE; iandike kama FREQ=WEEKLY;BYDAY=MO,TH.</translation>
    </message>
    <message>
        <source>The RRULE gives %1 twice; keep one.</source>
        <translation>RRULE inatoa %1 mara mbili; bakiza moja.</translation>
    </message>
    <message>
        <source>The RRULE %1 has no FREQ; start it with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, e.g. FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>RRULE %1 haina FREQ; ianze na FREQ=DAILY, WEEKLY, MONTHLY au YEARLY, mf. FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>In the RRULE, FREQ=%1 is not a frequency; use DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation>Katika RRULE, FREQ=%1 si marudio; tumia DAILY, WEEKLY, MONTHLY au YEARLY.</translation>
    </message>
    <message>
        <source>The RRULE has both COUNT and UNTIL; keep one: COUNT (how many sessions) or UNTIL (the last date).</source>
        <translation>RRULE ina COUNT na UNTIL zote mbili; bakiza moja: COUNT (idadi ya vipindi) au UNTIL (tarehe ya mwisho).</translation>
    </message>
    <message>
        <source>In the RRULE, COUNT=0 makes no sessions; COUNT is the number of sessions, 1 or more.</source>
        <translation>Katika RRULE, COUNT=0 haiundi vipindi; COUNT ni idadi ya vipindi, 1 au zaidi.</translation>
    </message>
    <message>
        <source>In the RRULE, INTERVAL=0 is not a step; INTERVAL is 1 or more (1: every week, 2: every other one).</source>
        <translation>Katika RRULE, INTERVAL=0 si hatua; INTERVAL ni 1 au zaidi (1: kila wiki, 2: kila wiki ya pili).</translation>
    </message>
    <message>
        <source>In the RRULE, %1=%2 is not a whole number.</source>
        <translation>Katika RRULE, %1=%2 si namba kamili.</translation>
    </message>
    <message>
        <source>In the RRULE, BYDAY %1 is not a weekday; use MO, TU, WE, TH, FR, SA or SU, e.g. BYDAY=MO,TH.</source>
        <translation>Katika RRULE, BYDAY %1 si siku ya wiki; tumia MO, TU, WE, TH, FR, SA au SU, mf. BYDAY=MO,TH.</translation>
    </message>
    <message>
        <source>The RRULE %1 is not valid (%2).</source>
        <translation>RRULE %1 si sahihi (%2).</translation>
    </message>
    <message>
        <source>The week of the month %1 is not 1, 2, 3, 4 or -1 (the last).</source>
        <translation>Wiki ya mwezi %1 si 1, 2, 3, 4 wala -1 (ya mwisho).</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of %2.</source>
        <translation>%1 ni folda; toa njia ya %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); give the path of %2.</source>
        <translation>%1 si faili la kawaida (ni kifaa, bomba au soketi); toa njia ya %2.</translation>
    </message>
    <message>
        <source>it does not begin as a data file does</source>
        <translation>halianzi kama faili la data linavyoanza</translation>
    </message>
    <message>
        <source>the check of its contents found 1 damaged place</source>
        <translation>ukaguzi wa maudhui yake umepata sehemu 1 iliyoharibika</translation>
    </message>
    <message>
        <source>the check of its contents found %1 damaged places</source>
        <translation>ukaguzi wa maudhui yake umepata sehemu %1 zilizoharibika</translation>
    </message>
    <message>
        <source>parts of it cannot be read</source>
        <translation>sehemu zake haziwezi kusomwa</translation>
    </message>
    <message>
        <source>The newest backup is %1; `fieldsessions restore --db %2` puts it back (the damaged file is kept beside it).</source>
        <translation>Nakala rudufu ya karibuni zaidi ni %1; `fieldsessions restore --db %2` inairudisha (faili lililoharibika linahifadhiwa kando yake).</translation>
    </message>
    <message>
        <source>No backup of it was found in %1.</source>
        <translation>Hakuna nakala rudufu yake iliyopatikana kwenye %1.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2).</source>
        <translation>Faili la data %1 limeharibika (%2).</translation>
    </message>
    <message>
        <source>a ZIP file or an office document</source>
        <translation>faili la ZIP au hati ya ofisi</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>hati ya ofisi</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>picha</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>lahajedwali</translation>
    </message>
    <message>
        <source>a data file, such as %1</source>
        <translation>faili la data, kama %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Hakuna kilichoandikwa.</translation>
    </message>
    <message>
        <source>%1 is not a fieldsessions data file (it looks like %2); nothing was written to it. Give --db the path of a data file (.sqlite); to bring in a roster use `fieldsessions import-roster FILE`.</source>
        <translation>%1 si faili la data la fieldsessions (linaonekana kama %2); hakuna kilichoandikwa ndani yake. Ipe --db njia ya faili la data (.sqlite); kuingiza orodha tumia `fieldsessions import-roster FILE`.</translation>
    </message>
    <message>
        <source>%1 is a text file (such as a CSV), not a fieldsessions data file; nothing was written to it. To bring in a roster use `fieldsessions import-roster FILE`; give --db the path of a data file (.sqlite).</source>
        <translation>%1 ni faili la maandishi (kama CSV), si faili la data la fieldsessions; hakuna kilichoandikwa ndani yake. Kuingiza orodha tumia `fieldsessions import-roster FILE`; ipe --db njia ya faili la data (.sqlite).</translation>
    </message>
    <message>
        <source>You may not read and write the data file %1 (its permissions); it is not damaged. Ask whoever owns it to let you write it, or copy it somewhere you may.</source>
        <translation>Huruhusiwi kusoma na kuandika faili la data %1 (ruhusa zake); halijaharibika. Muombe mmiliki wake akuruhusu kuliandika, au linakili mahali unaporuhusiwa.</translation>
    </message>
    <message>
        <source>You may not write in the folder %1 (its permissions), and the data file needs to write beside itself; the file is not damaged. Use a folder you may write in.</source>
        <translation>Huruhusiwi kuandika kwenye folda %1 (ruhusa zake), na faili la data linahitaji kuandika kando yake; faili halijaharibika. Tumia folda unayoruhusiwa kuandika.</translation>
    </message>
    <message>
        <source>The data file is busy: another fieldsessions window or program is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>Faili la data lina shughuli: dirisha lingine la fieldsessions au programu nyingine inaliandikia. Jaribu tena baada ya muda mfupi; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>The disk is full or failing; free some space and try again. Nothing was changed.</source>
        <translation>Diski imejaa au ina hitilafu; toa nafasi kidogo kisha ujaribu tena. Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>The data file is read-only; you cannot save changes to it here.</source>
        <translation>Faili la data ni la kusoma tu; huwezi kuhifadhi mabadiliko ndani yake hapa.</translation>
    </message>
    <message>
        <source>The data file cannot be opened: check that its folder exists and that you may write there.</source>
        <translation>Faili la data haliwezi kufunguliwa: hakikisha folda yake ipo na kwamba unaruhusiwa kuandika hapo.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a data file, such as %2.</source>
        <translation>%1 ni folda; toa njia ya faili la data, kama %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of fieldsessions (schema %2; this version understands up to %3). Update fieldsessions to open it; the file was not changed.</source>
        <translation>Faili la data %1 liliandikwa na toleo jipya zaidi la fieldsessions (schema %2; toleo hili linaelewa hadi %3). Sasisha fieldsessions ili kulifungua; faili halijabadilishwa.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite file but not a fieldsessions data file.</source>
        <translation>Faili %1 ni faili la SQLite lakini si faili la data la fieldsessions.</translation>
    </message>
    <message>
        <source>No backup of %1 was found in %2.</source>
        <translation>Hakuna nakala rudufu ya %1 iliyopatikana kwenye %2.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Hakuna faili la nakala rudufu %1.</translation>
    </message>
    <message>
        <source>%1 is the data file itself, not a backup of it; give a file from %2. Nothing was changed.</source>
        <translation>%1 ni faili la data lenyewe, si nakala rudufu yake; toa faili kutoka %2. Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: it is not a fieldsessions data file. Nothing was changed.</source>
        <translation>Nakala rudufu %1 haiwezi kutumika: si faili la data la fieldsessions. Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: it fails its check (damaged, or from a newer version). Nothing was changed.</source>
        <translation>Nakala rudufu %1 haiwezi kutumika: imeshindwa ukaguzi wake (imeharibika, au ni ya toleo jipya zaidi). Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>the disk is full or failing</source>
        <translation>diski imejaa au ina hitilafu</translation>
    </message>
    <message>
        <source>%1 was not restored: the backup could not be copied beside it (%2); nothing was changed.</source>
        <translation>%1 haikurejeshwa: nakala rudufu haikuweza kunakiliwa kando yake (%2); hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>Reading paper sheets needs the optional &apos;paper&apos; part (OpenCV and zxing-cpp, about 70 MB), which is not installed here: install it with pip install &apos;fieldsessions[paper]&apos;.</source>
        <translation>Kusoma fomu za karatasi kunahitaji sehemu ya hiari ya &apos;paper&apos; (OpenCV na zxing-cpp, takriban MB 70), ambayo haijasakinishwa hapa: isakinishe kwa pip install &apos;fieldsessions[paper]&apos;.</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>Haiwezekani kusoma %1: faili hilo halipo.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a PDF file, or it is damaged.</source>
        <translation>Haiwezekani kusoma %1: si faili la PDF, au limeharibika.</translation>
    </message>
    <message>
        <source>%1 page %2</source>
        <translation>%1 ukurasa %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a PDF or a PNG, JPEG or TIFF image, or it is damaged.</source>
        <translation>Haiwezekani kusoma %1: si PDF wala picha ya PNG, JPEG au TIFF, au limeharibika.</translation>
    </message>
    <message>
        <source>%1 could not be read as a page image (its format or size is unusual); scan or photograph it again.</source>
        <translation>%1 haikuweza kusomwa kama picha ya ukurasa (muundo au ukubwa wake si wa kawaida); iskani au ipige picha tena.</translation>
    </message>
    <message>
        <source>%1 is blank.</source>
        <translation>%1 ni tupu.</translation>
    </message>
    <message>
        <source>%1 has no readable sheet code: the image is too blurred, too dark or cut off, or it is not an attendance sheet printed by fieldsessions.</source>
        <translation>%1 haina msimbo wa fomu unaosomeka: picha ina ukungu sana, ni nyeusi sana au imekatika, au si fomu ya mahudhurio iliyochapishwa na fieldsessions.</translation>
    </message>
    <message>
        <source>%1 shows more than one sheet page; photograph or scan one page at a time.</source>
        <translation>%1 inaonyesha zaidi ya ukurasa mmoja wa fomu; piga picha au skani ukurasa mmoja mmoja.</translation>
    </message>
    <message>
        <source>%1 was printed with an older tick-off layout (version %2), which this version of fieldsessions no longer reads: print a new tick-off template for the session.</source>
        <translation>%1 ilichapishwa kwa mpangilio wa zamani wa fomu ya kuweka alama za matokeo (toleo %2), ambao toleo hili la fieldsessions halisomi tena: chapisha fomu mpya ya kuweka alama za matokeo ya kipindi.</translation>
    </message>
    <message>
        <source>%1 was printed with an older sheet layout (version %2), which this version of fieldsessions no longer reads: print a new attendance sheet for the session.</source>
        <translation>%1 ilichapishwa kwa mpangilio wa zamani wa fomu (toleo %2), ambao toleo hili la fieldsessions halisomi tena: chapisha fomu mpya ya mahudhurio ya kipindi.</translation>
    </message>
    <message>
        <source>%1 was printed by a newer version of fieldsessions: update this one to read it.</source>
        <translation>%1 ilichapishwa na toleo jipya zaidi la fieldsessions: sasisha hili ili uisome.</translation>
    </message>
    <message>
        <source>%1: none of the 4 corner marks could be found (the corners cut off, folded or covered, or the image too blurred); scan or photograph it again with the whole page in view.</source>
        <translation>%1: hakuna alama yoyote kati ya 4 za pembeni iliyopatikana (pembe zimekatika, zimekunjwa au zimefunikwa, au picha ina ukungu mno); skani au piga picha tena ukurasa wote ukionekana.</translation>
    </message>
    <message>
        <source>%1: 1 of the 4 corner marks could not be found (a corner cut off, folded or covered, or the image too blurred); scan or photograph it again with the whole page in view.</source>
        <translation>%1: alama 1 kati ya 4 za pembeni haikupatikana (pembe imekatika, imekunjwa au imefunikwa, au picha ina ukungu mno); skani au piga picha tena ukurasa wote ukionekana.</translation>
    </message>
    <message>
        <source>%1: %2 of the 4 corner marks could not be found (a corner cut off, folded or covered, or the image too blurred); scan or photograph it again with the whole page in view.</source>
        <translation>%1: alama %2 kati ya 4 za pembeni hazikuweza kupatikana (pembe imekatika, imekunjwa au imefunikwa, au picha ina ukungu sana); iskani au ipige picha tena ukurasa wote ukionekana.</translation>
    </message>
    <message>
        <source>%1: the corner marks do not make a page shape; scan or photograph it again.</source>
        <translation>%1: alama za pembeni hazifanyi umbo la ukurasa; iskani au ipige picha tena.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>yupo</translation>
    </message>
    <message>
        <source>late</source>
        <translation>amechelewa</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>ana ruhusa</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>hayupo</translation>
    </message>
    <message>
        <source>not clear enough</source>
        <translation>haionekani vizuri</translation>
    </message>
    <message>
        <source>a faint mark</source>
        <translation>alama hafifu</translation>
    </message>
    <message>
        <source>ink around the %1 box, and %2 marked</source>
        <translation>wino kuzunguka kisanduku cha %1, na %2 kimewekwa alama</translation>
    </message>
    <message>
        <source>ink around the %1 box, none marked inside it</source>
        <translation>wino kuzunguka kisanduku cha %1, hakuna alama ndani yake</translation>
    </message>
    <message>
        <source>%1 not clearly marked</source>
        <translation>%1 haijawekwa alama wazi</translation>
    </message>
    <message>
        <source>%1 and %2 both marked</source>
        <translation>%1 na %2 zote zimewekewa alama</translation>
    </message>
    <message>
        <source>%1 and %2 all marked</source>
        <translation>%1 na %2 zote zimewekewa alama</translation>
    </message>
    <message>
        <source>%1 marked, a trace in %2</source>
        <translation>%1 imewekewa alama, na alama hafifu kwenye %2</translation>
    </message>
    <message>
        <source>a faint mark in %1</source>
        <translation>alama hafifu kwenye %1</translation>
    </message>
    <message>
        <source>%1 is a session document of a layout that cannot be read back (a sheet to sign, a sheet printed with the marks filled in, or one printed before sheets could be read back). Only the attendance sheet with a tick box per status (not filled) and the tick-off template are read back: print one of those for the session.</source>
        <translation>%1 ni hati ya kipindi yenye mpangilio usioweza kusomwa tena (fomu ya kusaini, fomu iliyochapishwa na alama tayari, au iliyochapishwa kabla fomu hazijaweza kusomwa). Zinazosomwa ni fomu ya mahudhurio yenye kisanduku kwa kila hali (isiyojazwa) na fomu ya kuweka alama za matokeo tu: chapisha mojawapo kwa kipindi hiki.</translation>
    </message>
    <message>
        <source>the box outlines are not where they should be</source>
        <translation>mistari ya visanduku haiko mahali inapopaswa</translation>
    </message>
    <message>
        <source>%1 is too blurred or too warped to read its boxes; scan it, or photograph it flat and in focus.</source>
        <translation>%1 ina ukungu sana au imepinda sana kusoma visanduku vyake; iskani, au ipige picha ikiwa bapa na inaonekana vizuri.</translation>
    </message>
    <message>
        <source>The image of %1 could not be encoded.</source>
        <translation>Picha ya %1 haikuweza kusimbwa.</translation>
    </message>
    <message>
        <source>%1 is not an attendance status; use present, late, excused or absent.</source>
        <translation>%1 si hali ya mahudhurio; tumia present, late, excused au absent.</translation>
    </message>
    <message>
        <source>No participant %1.</source>
        <translation>Hakuna mshiriki %1.</translation>
    </message>
    <message>
        <source>A partial duration is between 0 and 1440 minutes.</source>
        <translation>Sehemu ya muda ni kati ya dakika 0 na 1440.</translation>
    </message>
    <message>
        <source>Minutes attended go with present or late; someone marked excused attended no minutes (leave the minutes out).</source>
        <translation>Dakika alizohudhuria zinaenda pamoja na “yupo” au “amechelewa”; aliyewekwa “ana ruhusa” hakuhudhuria dakika yoyote (usiweke dakika).</translation>
    </message>
    <message>
        <source>Minutes attended go with present or late; someone marked absent attended no minutes (leave the minutes out).</source>
        <translation>Dakika alizohudhuria zinaenda pamoja na “yupo” au “amechelewa”; aliyewekwa “hayupo” hakuhudhuria dakika yoyote (usiweke dakika).</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (na %2 zaidi)</translation>
    </message>
    <message>
        <source>%1 is on the waiting list of %2, not booked, so they are not on this session&apos;s roll: they get a place when one frees up; or add them as a walk-in.</source>
        <translation>%1 yuko kwenye orodha ya kusubiri ya %2, hajapata nafasi, kwa hiyo hayupo kwenye orodha ya mahudhurio ya kipindi hiki: atapata nafasi moja ikiachwa; au mwongeze kama mgeni.</translation>
    </message>
    <message>
        <source>%1 has a cancelled booking in %2, so they are not on this session&apos;s roll: enrol them again, or add them as a walk-in.</source>
        <translation>%1 ana nafasi iliyoghairiwa katika %2, kwa hiyo hayupo kwenye orodha ya mahudhurio ya kipindi hiki: msajili tena, au mwongeze kama mgeni.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in %2, so they are not on this session&apos;s roll: enrol them, or add them as a walk-in.</source>
        <translation>%1 hajasajiliwa katika %2, kwa hiyo hayupo kwenye orodha ya mahudhurio ya kipindi hiki: msajili, au mwongeze kama mgeni.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Siku ya mwisho inakuja kabla ya siku ya kwanza.</translation>
    </message>
    <message>
        <source>Print at most %1 days of sheets at a time.</source>
        <translation>Chapisha fomu za siku zisizozidi %1 kwa wakati mmoja.</translation>
    </message>
    <message>
        <source>%1 sessions are in these dates; print at most %2 sheets at a time (choose fewer days or one programme).</source>
        <translation>Kuna vipindi %1 katika tarehe hizi; chapisha fomu zisizozidi %2 kwa wakati mmoja (chagua siku chache zaidi au programu moja).</translation>
    </message>
    <message>
        <source>There is no session in these dates, so there is no sheet to print.</source>
        <translation>Hakuna kipindi katika tarehe hizi, kwa hiyo hakuna fomu ya kuchapisha.</translation>
    </message>
    <message>
        <source>Attendance sheets, %1 to %2</source>
        <translation>Fomu za mahudhurio, %1 hadi %2</translation>
    </message>
    <message>
        <source>More than one programme is called %1; use its id.</source>
        <translation>Zaidi ya programu moja inaitwa %1; tumia id yake.</translation>
    </message>
    <message>
        <source>No programme %1. See `fieldsessions programme list`.</source>
        <translation>Hakuna programu %1. Angalia `fieldsessions programme list`.</translation>
    </message>
    <message>
        <source>The code %1 fits more than one session; give the session&apos;s full id (see `fieldsessions sessions list`).</source>
        <translation>Msimbo %1 unalingana na zaidi ya kipindi kimoja; toa id kamili ya kipindi (angalia `fieldsessions sessions list`).</translation>
    </message>
    <message>
        <source>No session %1. See `fieldsessions sessions list`.</source>
        <translation>Hakuna kipindi %1. Angalia `fieldsessions sessions list`.</translation>
    </message>
    <message>
        <source>Nobody with the ID %1 is enrolled in %2 (people in other programmes have it); give the participant&apos;s id from `fieldsessions participants list`.</source>
        <translation>Hakuna mwenye kitambulisho %1 aliyesajiliwa katika %2 (watu wa programu nyingine wanacho); toa id ya mshiriki kutoka `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>%1 participants have the ID %2 in %3; give the participant&apos;s id from `fieldsessions participants list`.</source>
        <translation>Washiriki %1 wana kitambulisho %2 katika %3; toa id ya mshiriki kutoka `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>%1 participants have the ID %2; give the participant&apos;s id from `fieldsessions participants list`.</source>
        <translation>Washiriki %1 wana kitambulisho %2; toa id ya mshiriki kutoka `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>No participant %1. See `fieldsessions participants list`.</source>
        <translation>Hakuna mshiriki %1. Angalia `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>No programme %1.</source>
        <translation>Hakuna programu %1.</translation>
    </message>
    <message>
        <source>%1 has not completed %2 yet, so there is no certificate to issue.</source>
        <translation>%1 bado hajakamilisha %2, kwa hiyo hakuna cheti cha kutoa.</translation>
    </message>
    <message>
        <source>The completion of %1 by %2 expired on %3; no certificate can be issued for it.</source>
        <translation>Kuhitimu kwa %2 katika %1 kuliisha muda tarehe %3; hakuna cheti kinachoweza kutolewa kwa ajili yake.</translation>
    </message>
    <message>
        <source>More than one pathway is called %1; use its id.</source>
        <translation>Zaidi ya njia moja inaitwa %1; tumia id yake.</translation>
    </message>
    <message>
        <source>No pathway %1.</source>
        <translation>Hakuna njia %1.</translation>
    </message>
    <message>
        <source>A pathway needs a name.</source>
        <translation>Njia inahitaji jina.</translation>
    </message>
    <message>
        <source>A pathway needs at least one programme.</source>
        <translation>Njia inahitaji angalau programu moja.</translation>
    </message>
    <message>
        <source>%1 is named twice in the pathway.</source>
        <translation>%1 imetajwa mara mbili katika njia.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in %2.</source>
        <translation>%1 hajasajiliwa katika %2.</translation>
    </message>
    <message>
        <source>The data file already has programmes; demo data goes into an empty file (use --db with a new file name).</source>
        <translation>Faili la data tayari lina programu; data ya majaribio inaingia kwenye faili tupu (tumia --db na jina jipya la faili).</translation>
    </message>
    <message>
        <source>%1 has already used %2 in %3; the budget cannot be less than that.</source>
        <translation>%1 tayari ametumia %2 katika %3; bajeti haiwezi kuwa chini ya hiyo.</translation>
    </message>
    <message>
        <source>This participant</source>
        <translation>Mshiriki huyu</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>mtu fulani</translation>
    </message>
    <message>
        <source>already registered as %1 (ID %2), same ID; not added again</source>
        <translation>tayari amesajiliwa kama %1 (kitambulisho %2), kitambulisho sawa; haongezwi tena</translation>
    </message>
    <message>
        <source>already registered as %1, same ID; not added again</source>
        <translation>tayari amesajiliwa kama %1, kitambulisho sawa; haongezwi tena</translation>
    </message>
    <message>
        <source>already registered as %1 (ID %2), same name and date of birth; not added again</source>
        <translation>tayari amesajiliwa kama %1 (kitambulisho %2), jina sawa na tarehe ya kuzaliwa sawa; haongezwi tena</translation>
    </message>
    <message>
        <source>already registered as %1, same name and date of birth; not added again</source>
        <translation>tayari amesajiliwa kama %1, jina sawa na tarehe ya kuzaliwa sawa; haongezwi tena</translation>
    </message>
    <message>
        <source>An outcome needs a title.</source>
        <translation>Tokeo linahitaji jina.</translation>
    </message>
    <message>
        <source>An outcome title is at most %1 characters.</source>
        <translation>Jina la tokeo lisizidi herufi %1.</translation>
    </message>
    <message>
        <source>This session already has the outcome %1.</source>
        <translation>Kipindi hiki tayari kina tokeo %1.</translation>
    </message>
    <message>
        <source>No outcome %1 in this session&apos;s programme.</source>
        <translation>Hakuna tokeo %1 katika programu ya kipindi hiki.</translation>
    </message>
    <message>
        <source>The outcome %1 is not on this session&apos;s list.</source>
        <translation>Tokeo %1 halimo kwenye orodha ya kipindi hiki.</translation>
    </message>
    <message>
        <source>%1 is not on this session&apos;s roll.</source>
        <translation>%1 hayupo kwenye orodha ya mahudhurio ya kipindi hiki.</translation>
    </message>
    <message>
        <source>%1 is the sheet of session %2, which is not on this laptop: sync first, or read it on the laptop it was printed from.</source>
        <translation>%1 ni fomu ya kipindi %2, ambacho hakipo kwenye kompyuta hii: sawazisha kwanza, au isome kwenye kompyuta iliyoichapisha.</translation>
    </message>
    <message>
        <source>The people on %1 are no longer together on the session&apos;s roll as they were printed (someone among them was removed or added, or renamed), so its rows cannot be matched safely: type these marks in, or print a new sheet.</source>
        <translation>Watu walio kwenye %1 hawako tena pamoja kwenye orodha ya kipindi kama walivyochapishwa (mmoja wao aliondolewa, aliongezwa au alibadilishwa jina), kwa hiyo mistari yake haiwezi kulinganishwa kwa usalama: andika alama hizi kwa mkono, au chapisha fomu mpya.</translation>
    </message>
    <message>
        <source>The outcome list of the session has changed since %1 was printed (an outcome added, dropped or moved), so its columns cannot be matched safely: tick these outcomes on the Outcomes tab, or print a new tick-off template.</source>
        <translation>Orodha ya matokeo ya kipindi imebadilika tangu %1 ilipochapishwa (tokeo limeongezwa, limeondolewa au limehamishwa), kwa hiyo safu zake haziwezi kulinganishwa kwa usalama: weka alama za matokeo haya kwenye kichupo cha Matokeo, au chapisha fomu mpya ya kuweka alama za matokeo.</translation>
    </message>
    <message>
        <source>The people on %1 are no longer together on the session&apos;s roll as they were printed (someone among them was removed or added, or renamed), so its rows cannot be matched safely: type these ticks in, or print a new template.</source>
        <translation>Watu walio kwenye %1 hawako tena pamoja kwenye orodha ya kipindi kama walivyochapishwa (mmoja wao aliondolewa, aliongezwa au alibadilishwa jina), kwa hiyo mistari yake haiwezi kulinganishwa kwa usalama: andika alama hizi kwa mkono, au chapisha fomu mpya.</translation>
    </message>
    <message>
        <source>paper sheet, page %1</source>
        <translation>fomu ya karatasi, ukurasa %1</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Mshiriki anahitaji jina.</translation>
    </message>
    <message>
        <source>A name is at most 200 characters.</source>
        <translation>Jina lisizidi herufi 200.</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>tarehe ya kuzaliwa</translation>
    </message>
    <message>
        <source>%1 is already registered with ID %2; not added twice.</source>
        <translation>%1 tayari amesajiliwa na kitambulisho %2; haongezwi mara mbili.</translation>
    </message>
    <message>
        <source>%1 is already registered; not added twice.</source>
        <translation>%1 tayari amesajiliwa; haongezwi mara mbili.</translation>
    </message>
    <message>
        <source>Another participant (%1) has the same ID or name and date of birth.</source>
        <translation>Mshiriki mwingine (%1) ana kitambulisho sawa, au jina sawa na tarehe ya kuzaliwa sawa.</translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation>Mgeni anahitaji jina.</translation>
    </message>
    <message>
        <source>any one of: %1</source>
        <translation>yoyote moja kati ya: %1</translation>
    </message>
    <message>
        <source>A programme called %1 already exists; give this one another name (for example with its place or year).</source>
        <translation>Programu inayoitwa %1 tayari ipo; ipe hii jina jingine (kwa mfano pamoja na mahali au mwaka wake).</translation>
    </message>
    <message>
        <source>once-off</source>
        <translation>mara moja tu</translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>kila wiki siku ya %1</translation>
    </message>
    <message>
        <source>weekly</source>
        <comment>schedule</comment>
        <translation>kila wiki</translation>
    </message>
    <message>
        <source>every two weeks on %1</source>
        <translation>kila wiki mbili siku ya %1</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>kila wiki mbili</translation>
    </message>
    <message>
        <source>custom (%1)</source>
        <translation>maalum (%1)</translation>
    </message>
    <message>
        <source>daily</source>
        <comment>schedule</comment>
        <translation>kila siku</translation>
    </message>
    <message>
        <source>monthly</source>
        <comment>schedule</comment>
        <translation>kila mwezi</translation>
    </message>
    <message>
        <source>quarterly</source>
        <comment>schedule</comment>
        <translation>kila miezi mitatu</translation>
    </message>
    <message>
        <source>No session %1.</source>
        <translation>Hakuna kipindi %1.</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Kipindi %1 kati ya %2</translation>
    </message>
    <message>
        <source>%1 is not an hours period; use month, week or programme.</source>
        <translation>%1 si mgawanyo wa saa; tumia month, week au programme.</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Programu nzima</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>Muda wote</translation>
    </message>
    <message>
        <source>%1 is not one of the topics of %2: %3.</source>
        <translation>%1 si mojawapo ya mada za %2: %3.</translation>
    </message>
    <message>
        <source>Give a reason why the session did not happen.</source>
        <translation>Toa sababu kwa nini kipindi hakikufanyika.</translation>
    </message>
    <message>
        <source>Notes are at most %1 characters.</source>
        <translation>Maelezo yasizidi herufi %1.</translation>
    </message>
    <message>
        <source>This session was cancelled; reinstate it before reporting on it.</source>
        <translation>Kipindi hiki kimeghairiwa; kirejeshe kabla ya kukiripoti.</translation>
    </message>
    <message>
        <source>A session can be reported on once it has started.</source>
        <translation>Kipindi kinaweza kuripotiwa kikishaanza.</translation>
    </message>
    <message>
        <source>%1 reports on every session: write the session reports instead.</source>
        <translation>%1 inaripoti kila kipindi: andika ripoti za vipindi badala yake.</translation>
    </message>
    <message>
        <source>%1 is not a report period of %2.</source>
        <translation>%1 si muda wa ripoti wa %2.</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5 and %6 more; save anyway to double-book.</source>
        <translation>%1 tayari amepangiwa %2 tarehe %3 %4-%5 na %6 zaidi; hifadhi vyovyote ili kukubali ratiba kugongana.</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5; save anyway to double-book.</source>
        <translation>%1 tayari amepangiwa %2 tarehe %3 %4-%5; hifadhi vyovyote ili kukubali ratiba kugongana.</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5 and %6 more</source>
        <translation>%1 tayari amepangiwa %2 tarehe %3 %4-%5 na %6 zaidi</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5</source>
        <translation>%1 tayari amepangiwa %2 tarehe %3 %4-%5</translation>
    </message>
    <message>
        <source>Give a reason why the session was cancelled.</source>
        <translation>Toa sababu kwa nini kipindi kimeghairiwa.</translation>
    </message>
    <message>
        <source>This session has not started yet; cancel it instead of recording that it did not happen.</source>
        <translation>Kipindi hiki bado hakijaanza; kighairi badala ya kurekodi kwamba hakikufanyika.</translation>
    </message>
    <message>
        <source>This session was cancelled; reinstate it first.</source>
        <translation>Kipindi hiki kimeghairiwa; kirejeshe kwanza.</translation>
    </message>
    <message>
        <source>The session of %1 has outcome ticks, so it cannot be deleted; cancel it instead.</source>
        <translation>Kipindi cha %1 kina alama za matokeo, kwa hiyo hakiwezi kufutwa; kighairi badala yake.</translation>
    </message>
    <message>
        <source>The session of %1 has a written report, so it cannot be deleted; cancel it instead.</source>
        <translation>Kipindi cha %1 kina ripoti iliyoandikwa, kwa hiyo hakiwezi kufutwa; kighairi badala yake.</translation>
    </message>
    <message>
        <source>session date</source>
        <translation>tarehe ya kipindi</translation>
    </message>
    <message>
        <source>%1 already has a session on %2 (%3-%4), and a programme has one session a day; cancel or move that session before reinstating this one.</source>
        <translation>%1 tayari ina kipindi tarehe %2 (%3-%4), na programu ina kipindi kimoja tu kwa siku; ghairi au hamisha kipindi hicho kabla ya kurejesha hiki.</translation>
    </message>
    <message>
        <source>%1 already has a session on %2 (%3-%4), and a programme has one session a day; change that session&apos;s time instead.</source>
        <translation>%1 tayari ina kipindi tarehe %2 (%3-%4), na programu ina kipindi kimoja tu kwa siku; badilisha saa ya kipindi hicho badala yake.</translation>
    </message>
    <message>
        <source>The facilitator name is at most %1 characters.</source>
        <translation>Jina la mwezeshaji lisizidi herufi %1.</translation>
    </message>
    <message>
        <source>Type your name: it is printed on attendance sheets and session reports.</source>
        <translation>Andika jina lako: linachapishwa kwenye fomu za mahudhurio na ripoti za vipindi.</translation>
    </message>
    <message>
        <source>The device name is at most %1 characters.</source>
        <translation>Jina la kompyuta lisizidi herufi %1.</translation>
    </message>
    <message>
        <source>%1 is not a summary period; use week, month or programme.</source>
        <translation>%1 si muda wa muhtasari; tumia week, month au programme.</translation>
    </message>
    <message>
        <source>Budget</source>
        <comment>hours</comment>
        <translation>Bajeti</translation>
    </message>
    <message>
        <source>Remaining</source>
        <comment>hours</comment>
        <translation>Zilizobaki</translation>
    </message>
    <message>
        <source>Beyond budget</source>
        <translation>Zaidi ya bajeti</translation>
    </message>
    <message>
        <source>(not named)</source>
        <comment>facilitator</comment>
        <translation>(hajatajwa)</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Vipindi vilivyofanyika</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Saa zilizotolewa</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Wawezeshaji</translation>
    </message>
    <message>
        <source>No session was held.</source>
        <translation>Hakuna kipindi kilichofanyika.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Washiriki</translation>
    </message>
    <message>
        <source>Nobody attended.</source>
        <translation>Hakuna aliyehudhuria.</translation>
    </message>
    <message>
        <source>%1; there are no hours to report.</source>
        <translation>%1; hakuna saa za kuripoti.</translation>
    </message>
    <message>
        <source>Facilitators: the length of each held session (not cancelled, someone marked in it; a session with nobody marked is not counted until its roll is taken). Participants: present or late in a session that was not cancelled, for its length or the minutes recorded for a partial attendance, charged to their budget in date order; hours to date count everything up to the end of the period, even before the report&apos;s first date; time the budget could not cover is shown as beyond budget.</source>
        <translation>Wawezeshaji: urefu wa kila kipindi kilichofanyika (hakikughairiwa, na mtu amewekewa alama ndani yake; kipindi ambacho hakuna aliyewekewa alama hakihesabiwi hadi mahudhurio yake yachukuliwe). Washiriki: yupo au amechelewa katika kipindi ambacho hakikughairiwa, kwa urefu wake au kwa dakika zilizorekodiwa za mahudhurio ya sehemu ya muda, zikitolewa kwenye bajeti yake kwa mpangilio wa tarehe; saa hadi sasa zinahesabu kila kitu hadi mwisho wa muda huu, hata kabla ya tarehe ya kwanza ya ripoti; muda ambao bajeti haikuweza kutosha unaonyeshwa kama zaidi ya bajeti.</translation>
    </message>
    <message>
        <source>From</source>
        <comment>start date</comment>
        <translation>Kuanzia</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>end date</comment>
        <translation>Hadi</translation>
    </message>
    <message>
        <source>To</source>
        <comment>end date</comment>
        <translation>Hadi</translation>
    </message>
    <message>
        <source>Hours report</source>
        <translation>Ripoti ya saa</translation>
    </message>
    <message>
        <source>Hours report — %1</source>
        <translation>Ripoti ya saa — %1</translation>
    </message>
    <message>
        <source>plural</source>
        <comment>the form a count of 0 takes: write &apos;singular&apos; or &apos;plural&apos;</comment>
        <translation>plural</translation>
    </message>
    <message>
        <source>%1 is not a server address; it looks like https://sync.example.org.</source>
        <translation>%1 si anwani ya seva; inafanana na https://sync.example.org.</translation>
    </message>
    <message>
        <source>The server address must not hold a user name or password; sign in with --user instead.</source>
        <translation>Anwani ya seva haipaswi kuwa na jina la mtumiaji wala nenosiri; ingia kwa --user badala yake.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (only a server on this computer may use http://).</source>
        <translation>Anwani ya seva lazima ianze na https:// (seva iliyo kwenye kompyuta hii tu ndiyo inaweza kutumia http://).</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Usawazishaji umeghairiwa.</translation>
    </message>
    <message>
        <source>Sign in to the sync server first.</source>
        <translation>Ingia kwenye seva ya usawazishaji kwanza.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; ask your organisation for its certificate file and choose it under Advanced in the sync settings.</source>
        <translation>Cheti cha seva hakikuweza kuthibitishwa; omba shirika lako faili la cheti chake kisha ulichague chini ya Mipangilio ya juu katika mipangilio ya usawazishaji.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Seva haikujibu kwa wakati.</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>seva haikujibu kwa wakati</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>hakuna muunganisho</translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation>muunganisho ulikatika</translation>
    </message>
    <message>
        <source>The server asks to wait %1 seconds; try again later.</source>
        <translation>Seva inaomba kusubiri sekunde %1; jaribu tena baadaye.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at %1 (%2); check the address and the network, then sign in again.</source>
        <translation>Haiwezi kufikia seva ya usawazishaji %1 (%2); angalia anwani na mtandao, kisha uingie tena.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at %1 (%2); the changes stay queued and will be sent next time.</source>
        <translation>Haiwezi kufikia seva ya usawazishaji %1 (%2); mabadiliko yanabaki kwenye foleni na yatatumwa wakati ujao.</translation>
    </message>
    <message>
        <source>The sync server at %1 failed (HTTP %2); the changes stay queued and will be sent next time.</source>
        <translation>Seva ya usawazishaji %1 imeshindwa (HTTP %2); mabadiliko yanabaki kwenye foleni na yatatumwa wakati ujao.</translation>
    </message>
    <message>
        <source>The server refused this device; sign in again.</source>
        <translation>Seva imekataa kompyuta hii; ingia tena.</translation>
    </message>
    <message>
        <source>The server refused the %1: %2</source>
        <translation>Seva imekataa %1: %2</translation>
    </message>
    <message>
        <source>sign-in</source>
        <comment>the server refused the ...</comment>
        <translation>kuingia</translation>
    </message>
    <message>
        <source>Sign-in refused.</source>
        <translation>Kuingia kumekataliwa.</translation>
    </message>
    <message>
        <source>hello</source>
        <comment>the server refused the ...</comment>
        <translation>salamu ya mwanzo</translation>
    </message>
    <message>
        <source>The server refused the hello: %1</source>
        <translation>Seva imekataa salamu: %1</translation>
    </message>
    <message>
        <source>The server found this batch too large.</source>
        <translation>Seva imeona kundi hili ni kubwa mno.</translation>
    </message>
    <message>
        <source>The server found this batch invalid.</source>
        <translation>Seva imeona kundi hili si sahihi.</translation>
    </message>
    <message>
        <source>changes</source>
        <comment>the server refused the ...</comment>
        <translation>mabadiliko</translation>
    </message>
    <message>
        <source>download</source>
        <comment>the server refused the ...</comment>
        <translation>upakuaji</translation>
    </message>
    <message>
        <source>The server asks for a full download.</source>
        <translation>Seva inaomba kupakua kila kitu upya.</translation>
    </message>
    <message>
        <source>The answer from %1 is not from the sync server (a Wi-Fi sign-in page or a proxy?); nothing was marked as sent.</source>
        <translation>Jibu kutoka %1 halitoki kwa seva ya usawazishaji (ukurasa wa kuingia Wi-Fi au proksi?); hakuna kilichowekwa alama kuwa kimetumwa.</translation>
    </message>
    <message>
        <source>for this person</source>
        <translation>kwa mtu huyu</translation>
    </message>
    <message>
        <source>in this session</source>
        <translation>katika kipindi hiki</translation>
    </message>
    <message>
        <source>in this programme</source>
        <translation>katika programu hii</translation>
    </message>
    <message>
        <source>in this outcome</source>
        <translation>katika tokeo hili</translation>
    </message>
    <message>
        <source>in this pathway</source>
        <translation>katika njia hii</translation>
    </message>
    <message>
        <source>in this %1</source>
        <translation>katika %1 hii</translation>
    </message>
    <message>
        <source>Work was recorded %1 on another laptop; it was kept.</source>
        <translation>Kazi ilirekodiwa %1 kwenye kompyuta nyingine; imehifadhiwa.</translation>
    </message>
    <message>
        <source>%1 recorded %2 %3; it was kept.</source>
        <translation>%1 alirekodi %2 %3; imehifadhiwa.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> na </translation>
    </message>
    <message>
        <source>There are %1 %2 on the server; it was kept.</source>
        <translation>Kuna %1 %2 kwenye seva; imehifadhiwa.</translation>
    </message>
    <message>
        <source>1 session report</source>
        <translation>Ripoti 1 ya kipindi</translation>
    </message>
    <message>
        <source>%1 session reports</source>
        <translation>Ripoti %1 za vipindi</translation>
    </message>
    <message>
        <source>1 period report</source>
        <translation>Ripoti 1 ya muda</translation>
    </message>
    <message>
        <source>%1 period reports</source>
        <translation>Ripoti %1 za muda</translation>
    </message>
    <message>
        <source>1 %2 record</source>
        <translation>Rekodi 1 ya %2</translation>
    </message>
    <message>
        <source>%1 %2 records</source>
        <translation>Rekodi %1 za %2</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programu</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>mshiriki</translation>
    </message>
    <message>
        <source>session</source>
        <translation>kipindi</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>tokeo</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>nafasi</translation>
    </message>
    <message>
        <source>pathway</source>
        <translation>njia</translation>
    </message>
    <message>
        <source>outcome left out of a session</source>
        <translation>tokeo lililoondolewa kwenye kipindi</translation>
    </message>
    <message>
        <source>pathway step</source>
        <translation>hatua ya njia</translation>
    </message>
    <message>
        <source>outcome tick</source>
        <translation>alama ya tokeo</translation>
    </message>
    <message>
        <source>session report</source>
        <translation>ripoti ya kipindi</translation>
    </message>
    <message>
        <source>period report</source>
        <translation>ripoti ya muda</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>alama</translation>
    </message>
    <message>
        <source>mark history entry</source>
        <translation>kumbukumbu ya historia ya alama</translation>
    </message>
    <message>
        <source>outcome tick history entry</source>
        <translation>kumbukumbu ya historia ya alama za matokeo</translation>
    </message>
    <message>
        <source>its %1 %2 has not arrived yet</source>
        <translation>rekodi yake ya %1 (%2) bado haijafika</translation>
    </message>
    <message>
        <source>1 %2 record on this laptop still refers to it</source>
        <translation>rekodi 1 ya %2 kwenye kompyuta hii bado inairejelea</translation>
    </message>
    <message>
        <source>%1 %2 records on this laptop still refer to it</source>
        <translation>rekodi %1 za %2 kwenye kompyuta hii bado zinairejelea</translation>
    </message>
    <message>
        <source>Sent 1 change: %2 accepted (%3 already there, %4 with conflicts), %5 rejected.</source>
        <translation>Badiliko 1 limetumwa: %2 limekubaliwa (%3 lilikuwepo tayari, %4 lenye migongano), %5 limekataliwa.</translation>
    </message>
    <message>
        <source>Sent %1 changes: %2 accepted (%3 already there, %4 with conflicts), %5 rejected.</source>
        <translation>Mabadiliko %1 yametumwa: %2 yamekubaliwa (%3 yalikuwepo tayari, %4 yenye migongano), %5 yamekataliwa.</translation>
    </message>
    <message>
        <source>Received 1 change from the server.</source>
        <translation>Badiliko 1 limepokelewa kutoka kwa seva.</translation>
    </message>
    <message>
        <source>Received %1 changes from the server.</source>
        <translation>Mabadiliko %1 yamepokelewa kutoka kwa seva.</translation>
    </message>
    <message>
        <source>1 received change waits on this laptop and will be applied as soon as they can:</source>
        <translation>Badiliko 1 lililopokelewa linasubiri kwenye kompyuta hii na litatekelezwa mara litakapoweza:</translation>
    </message>
    <message>
        <source>%1 received changes wait on this laptop and will be applied as soon as they can:</source>
        <translation>Mabadiliko %1 yaliyopokelewa yanasubiri kwenye kompyuta hii na yatatekelezwa mara yatakapoweza:</translation>
    </message>
    <message>
        <source>… and %1 more (see the sync log).</source>
        <translation>… na %1 zaidi (tazama kumbukumbu ya usawazishaji).</translation>
    </message>
    <message>
        <source>The server had lost 1 change (restored from a backup); they were sent again.</source>
        <translation>Seva ilipoteza badiliko 1 (ilirejeshwa kutoka nakala rudufu); limetumwa tena.</translation>
    </message>
    <message>
        <source>The server had lost %1 changes (restored from a backup); they were sent again.</source>
        <translation>Seva ilipoteza mabadiliko %1 (ilirejeshwa kutoka nakala rudufu); yametumwa tena.</translation>
    </message>
    <message>
        <source>1 change had numbers the server already held for others (this laptop&apos;s file was restored from a backup?); they were sent again under new numbers.</source>
        <translation>Badiliko 1 lilikuwa na namba ambayo seva tayari inayo kwa mengine (je, faili la kompyuta hii lilirejeshwa kutoka nakala rudufu?); limetumwa tena kwa namba mpya.</translation>
    </message>
    <message>
        <source>%1 changes had numbers the server already held for others (this laptop&apos;s file was restored from a backup?); they were sent again under new numbers.</source>
        <translation>Mabadiliko %1 yalikuwa na namba ambazo seva tayari inazo kwa mengine (je, faili la kompyuta hii lilirejeshwa kutoka nakala rudufu?); yametumwa tena kwa namba mpya.</translation>
    </message>
    <message>
        <source>1 change were stamped with a clock ahead of the server&apos;s; they were stamped again with the server&apos;s time and sent.</source>
        <translation>Badiliko 1 liliwekewa muda wa saa iliyo mbele ya ile ya seva; limewekewa muda wa seva na kutumwa.</translation>
    </message>
    <message>
        <source>%1 changes were stamped with a clock ahead of the server&apos;s; they were stamped again with the server&apos;s time and sent.</source>
        <translation>Mabadiliko %1 yaliwekewa muda wa saa iliyo mbele ya ile ya seva; yamewekewa muda wa seva na kutumwa.</translation>
    </message>
    <message>
        <source>1 change wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>Badiliko 1 linasubiri rekodi ambazo seva bado haina; linabaki kwenye foleni na litatumwa tena usawazishaji ujao.</translation>
    </message>
    <message>
        <source>%1 changes wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>Mabadiliko %1 yanasubiri rekodi ambazo seva bado haina; yanabaki kwenye foleni na yatatumwa tena usawazishaji ujao.</translation>
    </message>
    <message>
        <source>1 history entry wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>Ingizo 1 la historia linasubiri rekodi ambazo seva bado haina; linabaki kwenye foleni na litatumwa tena usawazishaji ujao.</translation>
    </message>
    <message>
        <source>%1 history entries wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>Maingizo %1 ya historia yanasubiri rekodi ambazo seva bado haina; yanabaki kwenye foleni na yatatumwa tena usawazishaji ujao.</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>sync result</comment>
        <translation>inasubiri</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>sync result</comment>
        <translation>imekataliwa</translation>
    </message>
    <message>
        <source>mismatch</source>
        <comment>sync result</comment>
        <translation>namba imerudiwa</translation>
    </message>
    <message>
        <source>conflict</source>
        <comment>sync result</comment>
        <translation>mgongano</translation>
    </message>
    <message>
        <source>%1: %2 (change %3): %4</source>
        <comment>a receipt line: result, record, change number, reason</comment>
        <translation>%1: %2 (badiliko %3): %4</translation>
    </message>
    <message>
        <source>Its records were removed from this laptop.</source>
        <translation>Rekodi zake zimeondolewa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>1 change to it is kept here: it will wait until you are assigned to %2 again, and then be sent.</source>
        <translation>Badiliko 1 linalohusu hili limehifadhiwa hapa: litasubiri hadi upangiwe %2 tena, kisha litatumwa.</translation>
    </message>
    <message>
        <source>%1 changes to it are kept here: they wait until you are assigned to %2 again, and then go.</source>
        <translation>Mabadiliko %1 yanayohusu hili yamehifadhiwa hapa: yanasubiri hadi upangiwe %2 tena, kisha yatatumwa.</translation>
    </message>
    <message>
        <source>1 change held while its programme was unassigned was sent again.</source>
        <translation>Badiliko 1 lililohifadhiwa wakati programu yake haikupangiwa limetumwa tena.</translation>
    </message>
    <message>
        <source>%1 changes held while their programme was unassigned were sent again.</source>
        <translation>Mabadiliko %1 yaliyohifadhiwa wakati programu yake haikupangiwa yametumwa tena.</translation>
    </message>
    <message>
        <source>Your delete of a %1 (change %2) did not apply: %3</source>
        <translation>Ufutaji wako wa %1 (badiliko %2) haukutekelezwa: %3</translation>
    </message>
    <message>
        <source>Sync cancelled; what was sent so far is safe.</source>
        <translation>Usawazishaji umeghairiwa; kilichotumwa hadi sasa kiko salama.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Usawazishaji umesimama: %1</translation>
    </message>
    <message>
        <source>This is the demo data file; it is never synced.</source>
        <translation>Hili ni faili la data ya majaribio; halisawazishwi kamwe.</translation>
    </message>
    <message>
        <source>The saved sign-in belongs to another laptop; sign in again.</source>
        <translation>Kuingia kulikohifadhiwa ni kwa kompyuta nyingine; ingia tena.</translation>
    </message>
    <message>
        <source>The server keeps timing out; the changes stay queued and will be sent next time.</source>
        <translation>Seva inaendelea kuchelewa kujibu; mabadiliko yanabaki kwenye foleni na yatatumwa wakati ujao.</translation>
    </message>
    <message>
        <source>The server refused the changes (HTTP %1).</source>
        <translation>Seva imekataa mabadiliko (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused these changes.</source>
        <translation>Seva imekataa mabadiliko haya.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not acknowledge this batch; nothing was marked as sent.</source>
        <translation>Jibu la seva halithibitishi kundi hili; hakuna kilichowekwa alama kuwa kimetumwa.</translation>
    </message>
    <message>
        <source>The server&apos;s answer lists none of the changes sent; nothing was marked as sent.</source>
        <translation>Jibu la seva halitaji badiliko lolote lililotumwa; hakuna kilichowekwa alama kuwa kimetumwa.</translation>
    </message>
    <message>
        <source>The server keeps refusing our download position.</source>
        <translation>Seva inaendelea kukataa nafasi yetu ya kupakua.</translation>
    </message>
    <message>
        <source>Downloaded changes could not be stored on this laptop (%1); nothing of that page was kept.</source>
        <translation>Mabadiliko yaliyopakuliwa hayakuweza kuhifadhiwa kwenye kompyuta hii (%1); hakuna kitu cha ukurasa huo kilichohifadhiwa.</translation>
    </message>
    <message>
        <source>Sign in to a sync server first (fieldsessions login --server URL --user NAME).</source>
        <translation>Ingia kwanza kwenye seva ya usawazishaji (fieldsessions login --server URL --user JINA).</translation>
    </message>
    <message>
        <source>No saved sign-in for %1; sign in again.</source>
        <translation>Hakuna kuingia kulikohifadhiwa kwa %1; ingia tena.</translation>
    </message>
    <message>
        <source>%1: something went wrong; the log has the details.</source>
        <translation>%1: kuna tatizo limetokea; maelezo yako kwenye kumbukumbu.</translation>
    </message>
    <message>
        <source>The server does not have session %1 yet; it is sent again once the session is there.</source>
        <translation>Seva bado haina kipindi %1; badiliko litatumwa tena kipindi kikishafika.</translation>
    </message>
    <message>
        <source>The server does not have participant %1 yet; it is sent again once the participant is there.</source>
        <translation>Seva bado haina mshiriki %1; badiliko litatumwa tena mshiriki akishafika.</translation>
    </message>
    <message>
        <source>The server does not have programme %1 yet; it is sent again once the programme is there.</source>
        <translation>Seva bado haina programu %1; badiliko litatumwa tena programu ikishafika.</translation>
    </message>
    <message>
        <source>The server does not have record %1 yet; it is sent again once that record is there.</source>
        <translation>Seva bado haina rekodi %1; badiliko litatumwa tena rekodi hiyo ikishafika.</translation>
    </message>
    <message>
        <source>The server does not know this kind of record.</source>
        <translation>Seva haijui aina hii ya rekodi.</translation>
    </message>
    <message>
        <source>This change does not say which record it is about.</source>
        <translation>Badiliko hili halisemi linahusu rekodi gani.</translation>
    </message>
    <message>
        <source>The id of this change does not match the records it is about.</source>
        <translation>Kitambulisho cha badiliko hili hakilingani na rekodi linazohusu.</translation>
    </message>
    <message>
        <source>This change does not name the records it is about.</source>
        <translation>Badiliko hili halitaji rekodi linazohusu.</translation>
    </message>
    <message>
        <source>A record cannot move to another programme.</source>
        <translation>Rekodi haiwezi kuhamia programu nyingine.</translation>
    </message>
    <message>
        <source>Participant %1 belongs to programmes you are not assigned to.</source>
        <translation>Mshiriki %1 ni wa programu ambazo hujapangiwa.</translation>
    </message>
    <message>
        <source>Record %1 belongs to someone else.</source>
        <translation>Rekodi %1 ni ya mtu mwingine.</translation>
    </message>
    <message>
        <source>You are not assigned to programme %1.</source>
        <translation>Hujapangiwa programu %1.</translation>
    </message>
    <message>
        <source>Session %1 is in another programme.</source>
        <translation>Kipindi %1 kiko katika programu nyingine.</translation>
    </message>
    <message>
        <source>Record %1 is in another programme.</source>
        <translation>Rekodi %1 iko katika programu nyingine.</translation>
    </message>
    <message>
        <source>A new record needs %1.</source>
        <translation>Rekodi mpya inahitaji %1.</translation>
    </message>
    <message>
        <source>Record %1 was deleted before the server received it.</source>
        <translation>Rekodi %1 ilifutwa kabla seva haijaipokea.</translation>
    </message>
    <message>
        <source>A later edit from another device keeps this record.</source>
        <translation>Uhariri wa baadaye kutoka kompyuta nyingine unahifadhi rekodi hii.</translation>
    </message>
    <message>
        <source>Concurrent edit of %1: the later change was kept and the other saved as a conflict.</source>
        <translation>Uhariri wa wakati mmoja wa %1: badiliko la baadaye limehifadhiwa na lingine limewekwa kama mgongano.</translation>
    </message>
    <message>
        <source>Change %1 of this device was already received with different content; the first one was kept.</source>
        <translation>Badiliko %1 la kompyuta hii lilishapokelewa likiwa na maudhui tofauti; la kwanza limehifadhiwa.</translation>
    </message>
    <message>
        <source>This change is stamped more than 24 hours ahead of the server&apos;s clock; check the laptop&apos;s date and time.</source>
        <translation>Badiliko hili lina muda unaozidi saa 24 mbele ya saa ya seva; angalia tarehe na saa ya kompyuta.</translation>
    </message>
    <message>
        <source>The server could not store this change just now.</source>
        <translation>Seva haikuweza kuhifadhi badiliko hili kwa sasa.</translation>
    </message>
    <message>
        <source>Sign in first: this request has no device token.</source>
        <translation>Ingia kwanza: ombi hili halina tokeni ya kompyuta.</translation>
    </message>
    <message>
        <source>Too many requests from this device; slow down.</source>
        <translation>Maombi mengi mno kutoka kompyuta hii; punguza kasi.</translation>
    </message>
    <message>
        <source>This device token is not valid.</source>
        <translation>Tokeni hii ya kompyuta si halali.</translation>
    </message>
    <message>
        <source>This device token is not valid or was revoked; sign in again.</source>
        <translation>Tokeni hii ya kompyuta si halali au imefutwa; ingia tena.</translation>
    </message>
    <message>
        <source>This laptop&apos;s sign-in is older than %1 days and has expired; sign in again.</source>
        <translation>Kuingia kwa kompyuta hii kumepita siku %1 na kumekwisha muda; ingia tena.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts; wait a little.</source>
        <translation>Majaribio mengi mno ya kuingia; subiri kidogo.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Jina la mtumiaji au nenosiri si sahihi.</translation>
    </message>
    <message>
        <source>This laptop&apos;s data file is registered to another facilitator; sign in from your own data file.</source>
        <translation>Faili la data la kompyuta hii limesajiliwa kwa mwezeshaji mwingine; ingia ukitumia faili lako la data.</translation>
    </message>
    <message>
        <source>This laptop signed in twice at once; try again.</source>
        <translation>Kompyuta hii iliingia mara mbili kwa wakati mmoja; jaribu tena.</translation>
    </message>
    <message>
        <source>This device token belongs to another device.</source>
        <translation>Tokeni hii ni ya kompyuta nyingine.</translation>
    </message>
    <message>
        <source>No such programme among yours.</source>
        <translation>Programu hiyo haimo miongoni mwa zako.</translation>
    </message>
    <message>
        <source>You are no longer assigned to %1.</source>
        <translation>Hujapangiwa tena %1.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The data file could not be opened (%1). Details are in the log file.</source>
        <translation>Faili la data halikuweza kufunguliwa (%1). Maelezo yako kwenye faili la kumbukumbu.</translation>
    </message>
    <message>
        <source>fieldsessions</source>
        <translation>fieldsessions</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <source>Enrolment</source>
        <translation>Usajili</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>Nafasi zilizobaki</translation>
    </message>
    <message>
        <source>Enrolment message</source>
        <translation>Ujumbe wa usajili</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Wamepata nafasi</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Orodha ya kusubiri</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>Ghairi &amp;nafasi</translation>
    </message>
    <message>
        <source>Cancel the selected booking or waitlist place</source>
        <translation>Ghairi nafasi iliyochaguliwa au nafasi kwenye orodha ya kusubiri</translation>
    </message>
    <message>
        <source>Delete key in the lists; a freed place goes to the first person on the waitlist</source>
        <translation>Kitufe Delete kwenye orodha; nafasi inayoachwa huenda kwa mtu wa kwanza kwenye orodha ya kusubiri</translation>
    </message>
    <message>
        <source>Re&amp;move person…</source>
        <translation>Ondoa m&amp;tu…</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Ondoa mtu aliyechaguliwa</translation>
    </message>
    <message>
        <source>Shift+Delete in the lists. Deleted when nothing was recorded for them, else taken off every programme with their history kept.</source>
        <translation>Shift+Delete kwenye orodha. Hufutwa kama hakuna kilichorekodiwa kuhusu mtu huyo, la sivyo huondolewa kwenye kila programu na historia yake hubaki.</translation>
    </message>
    <message>
        <source>Person&apos;s pa&amp;ge…</source>
        <translation>Ukura&amp;sa wa mtu…</translation>
    </message>
    <message>
        <source>Show the selected person&apos;s outcomes across programmes and pathway progress</source>
        <translation>Onyesha matokeo ya mtu aliyechaguliwa katika programu zote na maendeleo yake katika njia za mafunzo</translation>
    </message>
    <message>
        <source>Find a person to enrol</source>
        <translation>Tafuta mtu wa kusajili</translation>
    </message>
    <message>
        <source>Name or ID of a registered person</source>
        <translation>Jina au kitambulisho cha mtu aliyesajiliwa</translation>
    </message>
    <message>
        <source>People who can be enrolled</source>
        <translation>Watu wanaoweza kusajiliwa</translation>
    </message>
    <message>
        <source>En&amp;rol</source>
        <translation>Sajil&amp;i</translation>
    </message>
    <message>
        <source>Enrol the selected person</source>
        <translation>Sajili mtu aliyechaguliwa</translation>
    </message>
    <message>
        <source>Enter in the list; books a place, or the waitlist when the programme is full</source>
        <translation>Enter kwenye orodha; huhifadhi nafasi, au nafasi kwenye orodha ya kusubiri programu ikiwa imejaa</translation>
    </message>
    <message>
        <source>Fin&amp;d a person to enrol:</source>
        <translation>Tafuta mtu wa kusa&amp;jili:</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Sajili</translation>
    </message>
    <message>
        <source>No session chosen. Open a session&apos;s roll (Enter on it in the Sessions tab) to see who is booked and enrol people.</source>
        <translation>Hakuna kipindi kilichochaguliwa. Fungua mahudhurio ya kipindi (Enter juu yake kwenye kichupo cha Vipindi) ili kuona waliopata nafasi na kusajili watu.</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>mgeni</translation>
    </message>
    <message>
        <source>Booked (%1)</source>
        <translation>Wamepata nafasi (%1)</translation>
    </message>
    <message>
        <source>Waitlist (%1)</source>
        <translation>Orodha ya kusubiri (%1)</translation>
    </message>
    <message>
        <source>%1: no limit on places.</source>
        <translation>%1: hakuna kikomo cha nafasi.</translation>
    </message>
    <message>
        <source>%1: full. New enrolments go on the waitlist.</source>
        <translation>%1: imejaa. Usajili mpya unaingia kwenye orodha ya kusubiri.</translation>
    </message>
    <message>
        <source>%1: 1 place left.</source>
        <translation>%1: imebaki nafasi 1.</translation>
    </message>
    <message>
        <source>%1: %2 places left.</source>
        <translation>%1: zimebaki nafasi %2.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programu</translation>
    </message>
    <message>
        <source>enrolment of %1</source>
        <translation>usajili wa %1</translation>
    </message>
    <message>
        <source>The programme is full: %1 is on the waitlist.</source>
        <translation>Programu imejaa: %1 yuko kwenye orodha ya kusubiri.</translation>
    </message>
    <message>
        <source>%1 is booked.</source>
        <translation>%1 amepata nafasi.</translation>
    </message>
    <message>
        <source>cancelled place of %1</source>
        <translation>nafasi iliyoghairiwa ya %1</translation>
    </message>
    <message>
        <source>%1&apos;s place is cancelled (Ctrl+Z takes it back).</source>
        <translation>Nafasi ya %1 imeghairiwa (Ctrl+Z inairudisha).</translation>
    </message>
    <message>
        <source>%1 moved up from the waitlist and is now booked.</source>
        <translation>%1 ametoka kwenye orodha ya kusubiri na sasa amepata nafasi.</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>Hakuna cha kutendua kwenye ukurasa huu.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Imetenduliwa: %1.</translation>
    </message>
    <message>
        <source>Delete %1 from this laptop? Nothing was recorded for them; %2 too, and they are deleted from the server at the next sync.</source>
        <translation>Ufute %1 kwenye kompyuta hii? Hakuna kilichorekodiwa kuhusu mtu huyu; %2 pia, na atafutwa kwenye seva wakati wa usawazishaji ujao.</translation>
    </message>
    <message>
        <source>their 1 booking goes</source>
        <translation>nafasi yake 1 inafutwa</translation>
    </message>
    <message>
        <source>their %1 bookings go</source>
        <translation>nafasi zake %1 zinafutwa</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>&amp;Futa mtu</translation>
    </message>
    <message>
        <source>%1 has %2, so they cannot be deleted. Take them off every programme? Their history is kept for the reports.</source>
        <translation>%1 ana %2, kwa hiyo hawezi kufutwa. Umwondoe kwenye kila programu? Historia yake inabaki kwa ajili ya ripoti.</translation>
    </message>
    <message>
        <source>1 attendance mark or tick</source>
        <translation>alama 1 ya mahudhurio au matokeo</translation>
    </message>
    <message>
        <source>%1 attendance marks or ticks</source>
        <translation>alama %1 za mahudhurio au matokeo</translation>
    </message>
    <message>
        <source>&amp;Take off every programme</source>
        <translation>&amp;Ondoa kwenye kila programu</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Ondoa mtu</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Usifute</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 amefutwa.</translation>
    </message>
    <message>
        <source>%1 is off every programme; their history is kept.</source>
        <translation>%1 ameondolewa kwenye kila programu; historia yake imebaki.</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Kuna tatizo limetokea; maelezo yako kwenye kumbukumbu.</translation>
    </message>
</context>
<context>
    <name>FacilitatorNameDialog</name>
    <message>
        <source>Welcome to fieldsessions</source>
        <translation>Karibu fieldsessions</translation>
    </message>
    <message>
        <source>What is your name? It is printed on attendance sheets, session reports and exports. You can change it later in Settings.</source>
        <translation>Jina lako ni nani? Linachapishwa kwenye fomu za mahudhurio, ripoti za vipindi na data inayotolewa. Unaweza kulibadilisha baadaye kwenye Mipangilio.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Jina lako:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jina lako</translation>
    </message>
    <message>
        <source>e.g. Amina Otieno</source>
        <translation>mf. Amina Otieno</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Endelea</translation>
    </message>
    <message>
        <source>Your name could not be saved (%1). Details are in the log file.</source>
        <translation>Jina lako halikuweza kuhifadhiwa (%1). Maelezo yako kwenye faili la kumbukumbu.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation>Ingiza orodha ya washiriki</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Faili la orodha</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with a header row</source>
        <translation>Faili la CSV au XLSX lenye mstari wa vichwa</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Chagua faili…</translation>
    </message>
    <message>
        <source>Choose a roster file</source>
        <translation>Chagua faili la orodha</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Faili:</translation>
    </message>
    <message>
        <source>Enrol into programme</source>
        <translation>Sajili kwenye programu</translation>
    </message>
    <message>
        <source>(do not enrol; only add the people)</source>
        <translation>(usisajili; ongeza watu tu)</translation>
    </message>
    <message>
        <source>&amp;Enrol into:</source>
        <translation>&amp;Sajili kwenye:</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Hakiki ya faili</translation>
    </message>
    <message>
        <source>Rows that will not be imported:</source>
        <translation>Mistari ambayo haitaingizwa:</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Mistari ambayo haitaingizwa</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Muhtasari wa kuingiza</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Ingiza</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Ingiza mistari iliyo sahihi</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file. Nothing is saved until you press Import.</source>
        <translation>Chagua faili la CSV au XLSX. Hakuna kinachohifadhiwa mpaka ubonyeze Ingiza.</translation>
    </message>
    <message>
        <source>Roster files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Faili za orodha (*.csv *.xlsx *.txt);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Inasoma %1…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Jina la ukoo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tarehe ya kuzaliwa</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kikundi</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(safu %1)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Tatizo</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Maana</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(puuza)</translation>
    </message>
    <message>
        <source>Meaning of column %1</source>
        <translation>Maana ya safu %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Mstari %1</translation>
    </message>
    <message>
        <source>1 person ready to import: %2 new, %3 already stored (not added again; enrolled if not yet).</source>
        <translation>Mtu 1 yuko tayari kuingizwa: mpya %2, aliyehifadhiwa tayari %3 (haongezwi tena; anasajiliwa kama bado hajasajiliwa).</translation>
    </message>
    <message>
        <source>%1 people ready to import: %2 new, %3 already stored (not added again; enrolled if they are not yet).</source>
        <translation>Watu %1 wako tayari kuingizwa: wapya %2, waliohifadhiwa tayari %3 (hawaongezwi tena; wanasajiliwa kama bado hawajasajiliwa).</translation>
    </message>
    <message>
        <source>1 person ready to import.</source>
        <translation>Mtu 1 yuko tayari kuingizwa.</translation>
    </message>
    <message>
        <source>%1 people ready to import.</source>
        <translation>Watu %1 wako tayari kuingizwa.</translation>
    </message>
    <message>
        <source>1 row has a problem and will be skipped (listed above); fix it in the file or the column boxes, or import the rest now.</source>
        <translation>Mstari 1 una tatizo na utarukwa (umeorodheshwa juu); urekebishe kwenye faili au kwenye visanduku vya safu, au ingiza mingine sasa.</translation>
    </message>
    <message>
        <source>%1 rows have problems and will be skipped (listed above); fix them in the file or the column boxes, or import the rest now.</source>
        <translation>Mistari %1 ina matatizo na itarukwa (imeorodheshwa juu); irekebishe kwenye faili au kwenye visanduku vya safu, au ingiza mingine sasa.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Mstari %1: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Inaingiza…</translation>
    </message>
    <message>
        <source>Imported 1 new person.</source>
        <translation>Mtu 1 mpya ameingizwa.</translation>
    </message>
    <message>
        <source>Imported %1 new people.</source>
        <translation>Watu %1 wapya wameingizwa.</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 on the waitlist.</source>
        <translation>%1 wamesajiliwa, %2 kwenye orodha ya kusubiri.</translation>
    </message>
    <message>
        <source>1 row skipped (listed above).</source>
        <translation>Mstari 1 umerukwa (umeorodheshwa juu).</translation>
    </message>
    <message>
        <source>%1 rows skipped (listed above).</source>
        <translation>Mistari %1 imerukwa (imeorodheshwa juu).</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>Faili haliwezi kufunguliwa (%1).</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details. Nothing was imported.</source>
        <translation>Kuna tatizo limetokea; maelezo yako kwenye kumbukumbu. Hakuna kilichoingizwa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>fieldsessions</source>
        <translation>fieldsessions</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Vipindi</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Orodha</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ripoti</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>Programu &amp;mpya…</translation>
    </message>
    <message>
        <source>Create a programme and its sessions</source>
        <translation>Unda programu na vipindi vyake</translation>
    </message>
    <message>
        <source>&amp;Edit programme…</source>
        <translation>&amp;Hariri programu…</translation>
    </message>
    <message>
        <source>Change the selected programme</source>
        <translation>Badilisha programu iliyochaguliwa</translation>
    </message>
    <message>
        <source>Take &amp;roll</source>
        <translation>Chukua &amp;mahudhurio</translation>
    </message>
    <message>
        <source>Take the roll of the selected session, or of today&apos;s next one</source>
        <translation>Chukua mahudhurio ya kipindi kilichochaguliwa, au cha leo kinachofuata</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Ingiza orodha…</translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel file</source>
        <translation>Ongeza washiriki kutoka faili la CSV au Excel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Chapisha…</translation>
    </message>
    <message>
        <source>Print attendance sheets and reports</source>
        <translation>Chapisha fomu za mahudhurio na ripoti</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sawazisha</translation>
    </message>
    <message>
        <source>Send changes to the server and get the latest</source>
        <translation>Tuma mabadiliko kwenye seva na upokee ya karibuni</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Mi&amp;pangilio…</translation>
    </message>
    <message>
        <source>Your name, this laptop&apos;s name, the data file, the language</source>
        <translation>Jina lako, jina la kompyuta hii, faili la data, lugha</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <source>Close fieldsessions</source>
        <translation>Funga fieldsessions</translation>
    </message>
    <message>
        <source>&amp;About fieldsessions</source>
        <translation>&amp;Kuhusu fieldsessions</translation>
    </message>
    <message>
        <source>Version and data file</source>
        <translation>Toleo na faili la data</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Vitufe vya kibodi</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>Kila kitufe ambacho dirisha linaitikia</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <source>Undo the last change made on this tab</source>
        <translation>Tendua badiliko la mwisho kwenye kichupo hiki</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Vipindi</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Orodha</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Ripoti</translation>
    </message>
    <message>
        <source>Show the %1 tab</source>
        <translation>Onyesha kichupo cha %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Hariri</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Kipindi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Onyesha</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Msaada</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Upau mkuu wa zana</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Inafanya kazi…</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ina shughuli</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync available&lt;/b&gt;</source>
        <translation>&lt;b&gt;Usawazishaji unapatikana&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sync available</source>
        <translation>Usawazishaji unapatikana</translation>
    </message>
    <message>
        <source>The sync server can be reached: press Sync to send the changes waiting on this laptop.</source>
        <translation>Seva ya usawazishaji inafikiwa: bonyeza Sawazisha kutuma mabadiliko yanayosubiri kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Hali ya usawazishaji</translation>
    </message>
    <message>
        <source>Reading the data file…</source>
        <translation>Inasoma faili la data…</translation>
    </message>
    <message>
        <source>Nothing to undo on this tab.</source>
        <translation>Hakuna cha kutendua kwenye kichupo hiki.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Tendua %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Hakuna cha kutendua</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Hakuna mabadiliko yanayosubiri</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>Badiliko 1 linasubiri</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>Mabadiliko %1 yanasubiri</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>haijawahi kusawazishwa</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>ilisawazishwa mwisho %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>leo saa %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>jana saa %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 saa %2</translation>
    </message>
    <message>
        <source>Demo data · nothing here is sent to the server</source>
        <translation>Data ya majaribio · hakuna chochote hapa kinachotumwa kwenye seva</translation>
    </message>
    <message>
        <source>Changes are kept on this laptop until Sync sends them to the server.</source>
        <translation>Mabadiliko yanahifadhiwa kwenye kompyuta hii mpaka Sawazisha iyatume kwenye seva.</translation>
    </message>
    <message>
        <source>fieldsessions — DEMO DATA (practice only, never sent to the server)</source>
        <translation>fieldsessions — DATA YA MAJARIBIO (kwa mazoezi tu, haitumwi kamwe kwenye seva)</translation>
    </message>
    <message>
        <source>The demo data is never sent to the server.</source>
        <translation>Data ya majaribio haitumwi kamwe kwenye seva.</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Kuna tatizo limetokea (%1); maelezo yako kwenye faili la kumbukumbu.</translation>
    </message>
    <message>
        <source>The demo data opens in a window of its own, from a separate file (%1); nothing in it is sent to the server. This data file stays yours.</source>
        <translation>Data ya majaribio inafunguka kwenye dirisha lake, kutoka faili tofauti (%1); hakuna chochote ndani yake kinachotumwa kwenye seva. Faili hili la data linabaki lako.</translation>
    </message>
    <message>
        <source>The demo window could not be started.</source>
        <translation>Dirisha la majaribio halikuweza kuanzishwa.</translation>
    </message>
    <message>
        <source>About fieldsessions</source>
        <translation>Kuhusu fieldsessions</translation>
    </message>
    <message>
        <source>&lt;b&gt;fieldsessions&lt;/b&gt; %1&lt;br&gt;Attendance, roll call and reports for facilitators, offline first.&lt;br&gt;&lt;br&gt;Data file: %2</source>
        <translation>&lt;b&gt;fieldsessions&lt;/b&gt; %1&lt;br&gt;Mahudhurio, kuita majina na ripoti kwa wawezeshaji, bila mtandao kwanza.&lt;br&gt;&lt;br&gt;Faili la data: %2</translation>
    </message>
</context>
<context>
    <name>MarkHistoryDialog</name>
    <message>
        <source>History of %1&apos;s mark</source>
        <translation>Historia ya alama ya %1</translation>
    </message>
    <message>
        <source>1 change, from every laptop that has synced.</source>
        <translation>Badiliko 1, kutoka kila kompyuta iliyosawazisha.</translation>
    </message>
    <message>
        <source>%1 changes, from every laptop that has synced, oldest first.</source>
        <translation>Mabadiliko %1, kutoka kila kompyuta iliyosawazisha, ya zamani kwanza.</translation>
    </message>
    <message>
        <source>This mark has no history: it was never changed.</source>
        <translation>Alama hii haina historia: haijawahi kubadilishwa.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Badiliko</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Kompyuta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>kompyuta hii</translation>
    </message>
    <message>
        <source>(received without its own entry)</source>
        <translation>(imepokelewa bila rekodi yake)</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (dakika %2)</translation>
    </message>
</context>
<context>
    <name>OutcomeGrid</name>
    <message>
        <source>Outcome tick-off</source>
        <translation>Kuweka alama za matokeo</translation>
    </message>
    <message>
        <source>Outcomes achieved, one row per participant</source>
        <translation>Matokeo yaliyofikiwa, mstari mmoja kwa kila mshiriki</translation>
    </message>
    <message>
        <source>Space ticks or unticks; arrows move</source>
        <translation>Space inaweka au inaondoa alama; mishale inasogeza</translation>
    </message>
    <message>
        <source>Tick-off message</source>
        <translation>Ujumbe wa matokeo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; ticks or unticks · &lt;b&gt;arrows&lt;/b&gt; move · hover a column title for the whole outcome</source>
        <translation>&lt;b&gt;Space&lt;/b&gt; inaweka au inaondoa alama · &lt;b&gt;mishale&lt;/b&gt; inasogeza · weka kipanya juu ya kichwa cha safu kuona tokeo lote</translation>
    </message>
    <message>
        <source>This session has no outcomes to tick off. Add them to the programme&apos;s outcome list.</source>
        <translation>Kipindi hiki hakina matokeo ya kuwekea alama. Yaongeze kwenye orodha ya matokeo ya programu.</translation>
    </message>
    <message>
        <source>Nobody is on this session&apos;s roll yet.</source>
        <translation>Bado hakuna mtu kwenye orodha ya mahudhurio ya kipindi hiki.</translation>
    </message>
    <message>
        <source>tick of %1: %2</source>
        <translation>alama ya %1: %2</translation>
    </message>
    <message>
        <source>untick of %1: %2</source>
        <translation>kuondoa alama ya %1: %2</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>Hakuna cha kutendua kwenye ukurasa huu.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Imetenduliwa: %1.</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Kuna tatizo limetokea; maelezo yako kwenye kumbukumbu.</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Limefikiwa</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>limefikiwa</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>halijafikiwa</translation>
    </message>
</context>
<context>
    <name>PaperReviewDialog</name>
    <message>
        <source>Read paper sheets</source>
        <translation>Soma fomu za karatasi</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Inasoma %1…</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>faili 1</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>faili %1</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Kilichosomwa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Kurasa</translation>
    </message>
    <message>
        <source>Rows of the page</source>
        <translation>Mistari ya ukurasa</translation>
    </message>
    <message>
        <source>P present, L late, E excused, A absent, Delete writes nothing; arrows move; Enter accepts the page</source>
        <translation>P yupo, L amechelewa, E ana ruhusa, A hayupo, Delete haiandiki kitu; mishale inasogeza; Enter inakubali ukurasa</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Karatasi</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Kompyuta</translation>
    </message>
    <message>
        <source>Will be written</source>
        <translation>Itaandikwa</translation>
    </message>
    <message>
        <source>Boxes: P · L · E · A</source>
        <translation>Visanduku: P · L · E · A</translation>
    </message>
    <message>
        <source>Why the page was refused</source>
        <translation>Kwa nini ukurasa ulikataliwa</translation>
    </message>
    <message>
        <source>Walk-ins written on this page: type each name (and ID or phone) as written. They are added as walk-ins when you accept the page; a row left without a name is not.</source>
        <translation>Wageni walioandikwa kwenye ukurasa huu: andika kila jina (na kitambulisho au simu) kama lilivyoandikwa. Wanaongezwa kama wageni unapokubali ukurasa; mstari ulioachwa bila jina hauongezwi.</translation>
    </message>
    <message>
        <source>The page, straightened</source>
        <translation>Ukurasa, ukiwa umenyooshwa</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;E&lt;/b&gt; excused · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Del&lt;/b&gt; write nothing · &lt;b&gt;↑ ↓&lt;/b&gt; move · &lt;b&gt;Enter&lt;/b&gt; accept the page</source>
        <translation>&lt;b&gt;P&lt;/b&gt; yupo · &lt;b&gt;L&lt;/b&gt; amechelewa · &lt;b&gt;E&lt;/b&gt; ana ruhusa · &lt;b&gt;A&lt;/b&gt; hayupo · &lt;b&gt;Del&lt;/b&gt; usiandike kitu · &lt;b&gt;↑ ↓&lt;/b&gt; sogeza · &lt;b&gt;Enter&lt;/b&gt; kubali ukurasa</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Vitufe</translation>
    </message>
    <message>
        <source>&amp;Accept page</source>
        <translation>&amp;Kubali ukurasa</translation>
    </message>
    <message>
        <source>Write this page&apos;s marks in one go (Enter); Ctrl+Z on the roll undoes them</source>
        <translation>Andika alama za ukurasa huu kwa mara moja (Enter); Ctrl+Z kwenye orodha inazitendua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Name · outcome</source>
        <translation>Jina · tokeo</translation>
    </message>
    <message>
        <source>The row&apos;s outcome boxes</source>
        <translation>Visanduku vya matokeo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; tick or untick the selected outcome box · &lt;b&gt;↑ ↓&lt;/b&gt; move · &lt;b&gt;Enter&lt;/b&gt; accept the page</source>
        <translation>&lt;b&gt;Space&lt;/b&gt; weka au ondoa alama kwenye kisanduku kilichochaguliwa · &lt;b&gt;↑ ↓&lt;/b&gt; sogeza · &lt;b&gt;Enter&lt;/b&gt; kubali ukurasa</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected outcome box; arrows move; Enter accepts the page</source>
        <translation>Space inaweka au inaondoa alama kwenye kisanduku kilichochaguliwa; mishale inasogeza; Enter inakubali ukurasa</translation>
    </message>
    <message>
        <source>%1 read, %2 refused.</source>
        <translation>Imesomwa: %1; imekataliwa: %2.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>ukurasa 1</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>kurasa %1</translation>
    </message>
    <message>
        <source>Skipped as blank: %1.</source>
        <translation>Zimerukwa kwa kuwa tupu: %1.</translation>
    </message>
    <message>
        <source>Doubtful rows come first; nothing is written before you accept a page.</source>
        <translation>Mistari yenye shaka inakuja kwanza; hakuna kinachoandikwa kabla hujakubali ukurasa.</translation>
    </message>
    <message>
        <source>The sheets could not be read</source>
        <translation>Fomu hazikuweza kusomwa</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>Hakuna kilichosomwa.</translation>
    </message>
    <message>
        <source>%1 — refused</source>
        <translation>%1 — imekataliwa</translation>
    </message>
    <message>
        <source>%1
%2, tick-off page %3</source>
        <translation>%1
%2, ukurasa wa alama za matokeo %3</translation>
    </message>
    <message>
        <source>✓ 1 tick written</source>
        <translation>✓ alama 1 ya tokeo imeandikwa</translation>
    </message>
    <message>
        <source>✓ %1 ticks written</source>
        <translation>✓ alama %1 za matokeo zimeandikwa</translation>
    </message>
    <message>
        <source>%1
%2, sheet page %3</source>
        <translation>%1
%2, ukurasa wa fomu %3</translation>
    </message>
    <message>
        <source>✓ 1 mark written</source>
        <translation>✓ alama 1 imeandikwa</translation>
    </message>
    <message>
        <source>✓ %1 marks written</source>
        <translation>✓ alama %1 zimeandikwa</translation>
    </message>
    <message>
        <source>Refused: nothing on this page is written.</source>
        <translation>Imekataliwa: hakuna kitu kwenye ukurasa huu kinachoandikwa.</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>tupu</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>%1 (the copies differ)</source>
        <translation>%1 (nakala zinatofautiana)</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>bila alama</translation>
    </message>
    <message>
        <source>The boxes as read: present, late, excused, absent</source>
        <translation>Visanduku kama vilivyosomwa: yupo, amechelewa, ana ruhusa, hayupo</translation>
    </message>
    <message>
        <source>%1 · %2. %3</source>
        <translation>%1 · %2. %3</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>haijawekwa</translation>
    </message>
    <message>
        <source>The row&apos;s outcome boxes as read, left to right; this outcome&apos;s box framed in red</source>
        <translation>Visanduku vya matokeo vya mstari kama vilivyosomwa, kutoka kushoto kwenda kulia; kisanduku cha tokeo hili kimezungushiwa rangi nyekundu</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 kwenye %2</translation>
    </message>
    <message>
        <source>This page was read more than once and its copies differ here: %1. Nothing is written unless you choose.</source>
        <translation>Ukurasa huu umesomwa zaidi ya mara moja na nakala zake zinatofautiana hapa: %1. Hakuna kinachoandikwa usipochagua.</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>na alama</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>bila alama</translation>
    </message>
    <message>
        <source>Walk-in row %1 as written</source>
        <translation>Mstari wa mgeni %1 kama ulivyoandikwa</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Jina kama lilivyoandikwa</translation>
    </message>
    <message>
        <source>Name of walk-in row %1</source>
        <translation>Jina la mstari wa mgeni %1</translation>
    </message>
    <message>
        <source>ID or phone</source>
        <translation>Kitambulisho au simu</translation>
    </message>
    <message>
        <source>ID or phone of walk-in row %1</source>
        <translation>Kitambulisho au simu ya mstari wa mgeni %1</translation>
    </message>
    <message>
        <source>Mark of walk-in row %1</source>
        <translation>Alama ya mstari wa mgeni %1</translation>
    </message>
    <message>
        <source>written</source>
        <translation>imeandikwa</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation>bakiza %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>hakuna kitu</translation>
    </message>
    <message>
        <source>%1 (already)</source>
        <translation>%1 (tayari)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Mstari %1: %2</translation>
    </message>
    <message>
        <source>Row %1: the paper says %2, the laptop has %3. The laptop&apos;s mark is kept unless you press %4 (or another letter) for this row.</source>
        <translation>Mstari %1: karatasi inasema %2, kompyuta ina %3. Alama ya kompyuta inabaki isipokuwa ubonyeze %4 (au herufi nyingine) kwa mstari huu.</translation>
    </message>
    <message>
        <source>This page is written already; correct a mark on the roll.</source>
        <translation>Ukurasa huu tayari umeandikwa; rekebisha alama kwenye orodha.</translation>
    </message>
    <message>
        <source>paper sheet, page %1</source>
        <translation>fomu ya karatasi, ukurasa %1</translation>
    </message>
    <message>
        <source>Page %1: %2, queued for sync; the page image is kept in %3.</source>
        <translation>Ukurasa %1: %2, inasubiri usawazishaji; picha ya ukurasa imehifadhiwa kwenye %3.</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Bila alama</translation>
    </message>
    <message>
        <source>Blank rows with ticks, for people not listed: these ticks are not written. Add each person as a walk-in on the Roster tab, then tick them on the Outcomes tab.</source>
        <translation>Mistari mitupu yenye alama, ya watu ambao hawajaorodheshwa: alama hizi haziandikwi. Ongeza kila mtu kama mgeni kwenye kichupo cha Orodha, kisha mwekee alama kwenye kichupo cha Matokeo.</translation>
    </message>
    <message>
        <source>Row %1: outcomes %2 ticked</source>
        <translation>Mstari %1: matokeo %2 yana alama</translation>
    </message>
    <message>
        <source>Blank row %1 as ticked</source>
        <translation>Mstari mtupu %1 kama ulivyowekewa alama</translation>
    </message>
    <message>
        <source>Row %1, outcome %2: %3</source>
        <translation>Mstari %1, tokeo %2: %3</translation>
    </message>
    <message>
        <source>Row %1, outcome %2: the paper says %3, the laptop has %4. The laptop&apos;s tick is kept unless you press Space for this box.</source>
        <translation>Mstari %1, tokeo %2: kwenye karatasi %3, kwenye kompyuta %4. Alama ya kompyuta inabaki isipokuwa ubonyeze Space kwa kisanduku hiki.</translation>
    </message>
    <message>
        <source>This page is written already; correct a tick on the Outcomes tab.</source>
        <translation>Ukurasa huu tayari umeandikwa; rekebisha alama kwenye kichupo cha Matokeo.</translation>
    </message>
    <message>
        <source>1 tick written</source>
        <translation>alama 1 ya tokeo imeandikwa</translation>
    </message>
    <message>
        <source>%1 ticks written</source>
        <translation>alama %1 za matokeo zimeandikwa</translation>
    </message>
    <message>
        <source>1 mark written</source>
        <translation>alama 1 imeandikwa</translation>
    </message>
    <message>
        <source>%1 marks written</source>
        <translation>alama %1 zimeandikwa</translation>
    </message>
    <message>
        <source>1 walk-in added.</source>
        <translation>Mgeni 1 ameongezwa.</translation>
    </message>
    <message>
        <source>%1 walk-ins added.</source>
        <translation>Wageni %1 wameongezwa.</translation>
    </message>
    <message>
        <source>Every page read is written.</source>
        <translation>Kila ukurasa uliosomwa umeandikwa.</translation>
    </message>
    <message>
        <source>The page was not written</source>
        <translation>Ukurasa haukuandikwa</translation>
    </message>
    <message>
        <source>Scans and photos of sheets (%1);;All files (*)</source>
        <translation>Skani na picha za fomu (%1);;Faili zote (*)</translation>
    </message>
</context>
<context>
    <name>ParticipantPageDialog</name>
    <message>
        <source>%1 — participant</source>
        <translation>%1 — mshiriki</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Mshiriki</translation>
    </message>
    <message>
        <source>&amp;Outcomes achieved, across programmes:</source>
        <translation>&amp;Matokeo yaliyofikiwa, katika programu zote:</translation>
    </message>
    <message>
        <source>Outcomes achieved</source>
        <translation>Matokeo yaliyofikiwa</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tokeo</translation>
    </message>
    <message>
        <source>First achieved</source>
        <translation>Lilifikiwa mara ya kwanza</translation>
    </message>
    <message>
        <source>&amp;Pathways:</source>
        <translation>&amp;Njia za mafunzo:</translation>
    </message>
    <message>
        <source>Pathway progress</source>
        <translation>Maendeleo katika njia za mafunzo</translation>
    </message>
    <message>
        <source>%1: complete on %2</source>
        <translation>%1: imekamilika tarehe %2</translation>
    </message>
    <message>
        <source>%1: still needs %2</source>
        <translation>%1: bado inahitaji %2</translation>
    </message>
    <message>
        <source>No outcome is ticked as achieved for %1 yet. Outcomes are ticked on a session&apos;s Outcomes page (Roster tab).</source>
        <translation>Bado hakuna tokeo lililowekewa alama kuwa limefikiwa kwa %1. Matokeo huwekewa alama kwenye ukurasa wa Matokeo wa kipindi (kichupo cha Orodha).</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 katika %2.</translation>
    </message>
    <message>
        <source>1 outcome</source>
        <translation>tokeo 1</translation>
    </message>
    <message>
        <source>%1 outcomes</source>
        <translation>matokeo %1</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>programu 1</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>programu %1</translation>
    </message>
    <message>
        <source>No pathways yet. A pathway groups programmes that together earn a certificate; make one in a programme&apos;s Edit dialog.</source>
        <translation>Bado hakuna njia za mafunzo. Njia ya mafunzo inaunganisha programu ambazo kwa pamoja zinatoa cheti; iunde kwenye dirisha la Hariri la programu.</translation>
    </message>
    <message>
        <source>The page could not be loaded (%1); details are in the log file.</source>
        <translation>Ukurasa haukuweza kupakiwa (%1); maelezo yako kwenye faili la kumbukumbu.</translation>
    </message>
</context>
<context>
    <name>PathwayPage</name>
    <message>
        <source>Pathways with this programme</source>
        <translation>Njia za mafunzo zenye programu hii</translation>
    </message>
    <message>
        <source>Name of the new pathway</source>
        <translation>Jina la njia mpya</translation>
    </message>
    <message>
        <source>e.g. Safety certificate</source>
        <translation>mf. Cheti cha usalama</translation>
    </message>
    <message>
        <source>New pathway na&amp;me:</source>
        <translation>&amp;Jina la njia mpya:</translation>
    </message>
    <message>
        <source>Other programmes in the new pathway</source>
        <translation>Programu nyingine katika njia mpya</translation>
    </message>
    <message>
        <source>Also &amp;in it (Space ticks):</source>
        <translation>&amp;Pia zimo (Space inaweka alama):</translation>
    </message>
    <message>
        <source>An&amp;y one of the ticked programmes is enough</source>
        <translation>&amp;Yoyote moja kati ya programu zilizowekewa alama inatosha</translation>
    </message>
    <message>
        <source>Unticked: this programme and every ticked one are needed. Ticked: this programme and any one of the ticked ones.</source>
        <translation>Bila alama: programu hii na kila iliyowekewa alama zinahitajika. Na alama: programu hii na yoyote moja kati ya zilizowekewa alama.</translation>
    </message>
    <message>
        <source>&amp;Create pathway</source>
        <translation>&amp;Unda njia</translation>
    </message>
    <message>
        <source>Save the programme first; then reopen it with Edit to put it in a pathway (programmes that together earn a certificate).</source>
        <translation>Hifadhi programu kwanza; kisha ifungue tena kwa Hariri ili kuiweka kwenye njia ya mafunzo (programu ambazo kwa pamoja zinatoa cheti).</translation>
    </message>
    <message>
        <source>%1: needs %2</source>
        <translation>%1: inahitaji %2</translation>
    </message>
    <message>
        <source>This programme is not in a pathway yet. A pathway groups programmes that together earn a certificate: make one below.</source>
        <translation>Programu hii bado haimo kwenye njia ya mafunzo. Njia ya mafunzo inaunganisha programu ambazo kwa pamoja zinatoa cheti: unda moja hapa chini.</translation>
    </message>
    <message>
        <source>Pathways with this programme:</source>
        <translation>Njia za mafunzo zenye programu hii:</translation>
    </message>
    <message>
        <source>Tick two or more programmes to offer a choice, or untick “Any one … is enough”.</source>
        <translation>Weka alama kwenye programu mbili au zaidi ili kutoa chaguo, au ondoa alama kwenye “Yoyote moja … inatosha”.</translation>
    </message>
    <message>
        <source>Pathway “%1” created.</source>
        <translation>Njia “%1” imeundwa.</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Kuna tatizo limetokea (%1); maelezo yako kwenye faili la kumbukumbu.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Save the programme</source>
        <translation>Hifadhi programu</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Hifadhi</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Funga bila kuhifadhi</translation>
    </message>
    <message>
        <source>After every session</source>
        <translation>Baada ya kila kipindi</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Kila siku</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Kila wiki</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Kila mwezi</translation>
    </message>
    <message>
        <source>Once, at the end</source>
        <translation>Mara moja, mwishoni</translation>
    </message>
    <message>
        <source>How often the programme is reported on</source>
        <translation>Ripoti ya programu inatolewa mara ngapi</translation>
    </message>
    <message>
        <source>Report &amp;frequency:</source>
        <translation>Marudio ya ri&amp;poti:</translation>
    </message>
    <message>
        <source>Pat&amp;hways</source>
        <translation>&amp;Njia</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Programu mpya</translation>
    </message>
    <message>
        <source>Edit programme — %1</source>
        <translation>Hariri programu — %1</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Chagua angalau siku moja ya wiki.</translation>
    </message>
    <message>
        <source>Choose exactly one weekday for “a weekday of the month”.</source>
        <translation>Chagua siku moja tu ya wiki kwa “siku ya wiki ya mwezi”.</translation>
    </message>
    <message>
        <source>Say when the programme ends.</source>
        <translation>Sema programu inaisha lini.</translation>
    </message>
    <message>
        <source>The outcome “%1” is listed twice.</source>
        <translation>Tokeo “%1” limeorodheshwa mara mbili.</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Tarehe:</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>&amp;Tarehe ya kuanza:</translation>
    </message>
    <message>
        <source>This schedule makes no sessions; check the dates and weekdays.</source>
        <translation>Ratiba hii haiundi kipindi chochote; angalia tarehe na siku za wiki.</translation>
    </message>
    <message>
        <source>Save the programme (Ctrl+Enter)</source>
        <translation>Hifadhi programu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No sessions to preview until the problem below is fixed.</source>
        <translation>Hakuna vipindi vya kuhakiki mpaka tatizo lililo hapa chini lirekebishwe.</translation>
    </message>
    <message>
        <source>1 session, on %1, %2–%3 (%4).</source>
        <translation>Kipindi 1, tarehe %1, %2–%3 (%4).</translation>
    </message>
    <message>
        <source>%1 sessions, from %2 to %3, each %4–%5 (%6).</source>
        <translation>Vipindi %1, kuanzia %2 hadi %3, kila kimoja %4–%5 (%6).</translation>
    </message>
    <message>
        <source>1 excluded date skipped.</source>
        <translation>Tarehe 1 iliyoondolewa imerukwa.</translation>
    </message>
    <message>
        <source>%1 excluded dates skipped.</source>
        <translation>Tarehe %1 zilizoondolewa zimerukwa.</translation>
    </message>
    <message>
        <source>Saving keeps every session whose date is still in this schedule (its printed sheet stays valid), past sessions and any session with marks, ticks or a report; only dates no longer in the schedule are removed.</source>
        <translation>Kuhifadhi kunabakiza kila kipindi ambacho tarehe yake bado imo kwenye ratiba hii (fomu yake iliyochapishwa inabaki halali), vipindi vilivyopita na kila kipindi chenye alama, matokeo au ripoti; ni tarehe ambazo haziko tena kwenye ratiba tu zinazoondolewa.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… na %1 zaidi</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Inahifadhi…</translation>
    </message>
    <message>
        <source>%1 is already running “%2” on %3, %4–%5, while a session of this programme is on.</source>
        <translation>%1 tayari anaendesha “%2” tarehe %3, %4–%5, wakati kipindi cha programu hii kinaendelea.</translation>
    </message>
    <message>
        <source>The facilitator</source>
        <translation>Mwezeshaji</translation>
    </message>
    <message>
        <source>1 more session clashes too.</source>
        <translation>Kipindi 1 zaidi pia kinagongana.</translation>
    </message>
    <message>
        <source>%1 more sessions clash too.</source>
        <translation>Vipindi %1 zaidi pia vinagongana.</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Rudi</translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation>Ratiba inagongana</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Hifadhi &amp;vyovyote</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> na %1 zaidi</translation>
    </message>
    <message>
        <source>1 session will be removed because its date is no longer in the schedule: %2. Nothing was recorded in it; a sheet already printed for it will not match any session.</source>
        <translation>Kipindi 1 kitaondolewa kwa sababu tarehe yake haimo tena kwenye ratiba: %2. Hakuna kilichorekodiwa ndani yake; fomu iliyokwisha chapishwa kwa ajili yake haitalingana na kipindi chochote.</translation>
    </message>
    <message>
        <source>%1 sessions will be removed because their dates are no longer in the schedule: %2. Nothing was recorded in them; a sheet already printed for one of them will not match any session.</source>
        <translation>Vipindi %1 vitaondolewa kwa sababu tarehe zake hazimo tena kwenye ratiba: %2. Hakuna kilichorekodiwa ndani yake; fomu iliyokwisha chapishwa kwa ajili ya kimojawapo haitalingana na kipindi chochote.</translation>
    </message>
    <message>
        <source>1 session already has marks, ticks or a report but is no longer in the schedule: %2. It is kept as it is; cancel it if it will not happen.</source>
        <translation>Kipindi 1 tayari kina alama, matokeo au ripoti lakini hakimo tena kwenye ratiba: %2. Kinabaki kama kilivyo; kighairi ikiwa hakitafanyika.</translation>
    </message>
    <message>
        <source>%1 sessions already have marks, ticks or a report but are no longer in the schedule: %2. They are kept as they are; cancel them if they will not happen.</source>
        <translation>Vipindi %1 tayari vina alama, matokeo au ripoti lakini havimo tena kwenye ratiba: %2. Vinabaki kama vilivyo; viighairi ikiwa havitafanyika.</translation>
    </message>
    <message>
        <source>1 future session takes the new time, length, place or facilitator; a sheet printed for it shows the old details.</source>
        <translation>Kipindi 1 kijacho kinachukua muda, urefu, mahali au mwezeshaji mpya; fomu iliyochapishwa kwa ajili yake inaonyesha maelezo ya zamani.</translation>
    </message>
    <message>
        <source>%1 future sessions take the new time, length, place or facilitator; sheets printed for them show the old details.</source>
        <translation>Vipindi %1 vijavyo vinachukua muda, urefu, mahali au mwezeshaji mpya; fomu zilizochapishwa kwa ajili yake zinaonyesha maelezo ya zamani.</translation>
    </message>
    <message>
        <source>1 session will be added: %2.</source>
        <translation>Kipindi 1 kitaongezwa: %2.</translation>
    </message>
    <message>
        <source>%1 sessions will be added: %2.</source>
        <translation>Vipindi %1 vitaongezwa: %2.</translation>
    </message>
    <message>
        <source>1 session keeps its identity, so its printed sheet and QR code stay valid.</source>
        <translation>Kipindi 1 kinabaki na utambulisho wake, kwa hiyo fomu yake iliyochapishwa na msimbo wake wa QR vinabaki halali.</translation>
    </message>
    <message>
        <source>%1 sessions keep their identity, so their printed sheets and QR codes stay valid.</source>
        <translation>Vipindi %1 vinabaki na utambulisho wake, kwa hiyo fomu zake zilizochapishwa na misimbo ya QR vinabaki halali.</translation>
    </message>
    <message>
        <source>Change the schedule?</source>
        <translation>Ubadilishe ratiba?</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Hifadhi mabadiliko</translation>
    </message>
    <message>
        <source>The programme could not be saved (%1). Details are in the log file.</source>
        <translation>Programu haikuweza kuhifadhiwa (%1). Maelezo yako kwenye faili la kumbukumbu.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programu</translation>
    </message>
    <message>
        <source>Programme sections</source>
        <translation>Sehemu za programu</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Ratiba</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Jina la programu</translation>
    </message>
    <message>
        <source>e.g. Family Development Sessions</source>
        <translation>mf. Vipindi vya Maendeleo ya Familia</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>Maru&amp;dio:</translation>
    </message>
    <message>
        <source>How often it repeats</source>
        <translation>Inajirudia mara ngapi</translation>
    </message>
    <message>
        <source>Once-off</source>
        <translation>Mara moja tu</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Kila wiki mbili</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Kila miezi mitatu</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>Kanuni maalum (RRULE)</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Siku:</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Siku za wiki</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Jtt</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Jumatatu</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Jnn</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Jumanne</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Jtn</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Jumatano</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Alh</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Alhamisi</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Iju</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Ijumaa</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Jms</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Jumamosi</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Jpl</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Jumapili</translation>
    </message>
    <message>
        <source>&amp;Day of the month:</source>
        <translation>&amp;Siku ya mwezi:</translation>
    </message>
    <message>
        <source>Which day of the month</source>
        <translation>Siku ipi ya mwezi</translation>
    </message>
    <message>
        <source>The start date&apos;s day number</source>
        <translation>Namba ya siku ya tarehe ya kuanza</translation>
    </message>
    <message>
        <source>A weekday of the month</source>
        <translation>Siku ya wiki ya mwezi</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Wiki ipi ya mwezi</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>ya 1</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>ya 2</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>ya 3</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>ya 4</translation>
    </message>
    <message>
        <source>last</source>
        <translation>ya mwisho</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Kanun&amp;i:</translation>
    </message>
    <message>
        <source>Custom recurrence rule</source>
        <translation>Kanuni maalum ya kujirudia</translation>
    </message>
    <message>
        <source>e.g. FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</source>
        <translation>mf. FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tarehe ya kuanza</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>S&amp;aa:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Saa ya kuanza</translation>
    </message>
    <message>
        <source>&amp;lasting</source>
        <translation>kwa m&amp;uda wa</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Muda kwa dakika</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dakika</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Eneo la saa:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Eneo la saa</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Inaisha:</translation>
    </message>
    <message>
        <source>When the programme ends</source>
        <translation>Programu inaisha lini</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>Siku &amp;ya mwisho</translation>
    </message>
    <message>
        <source>Ends on a date</source>
        <translation>Inaisha tarehe fulani</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tarehe ya mwisho</translation>
    </message>
    <message>
        <source>After a num&amp;ber of sessions</source>
        <translation>Baada ya idadi ya vi&amp;pindi</translation>
    </message>
    <message>
        <source>Ends after a number of sessions</source>
        <translation>Inaisha baada ya idadi ya vipindi</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Idadi ya vipindi</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> vipindi</translation>
    </message>
    <message>
        <source>After a number of &amp;weeks</source>
        <translation>Baada ya idadi ya &amp;wiki</translation>
    </message>
    <message>
        <source>Ends after a number of weeks</source>
        <translation>Inaisha baada ya idadi ya wiki</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Idadi ya wiki</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> wiki</translation>
    </message>
    <message>
        <source>As the rule says (its UNTIL or COUNT)</source>
        <translation>Kama kanuni inavyosema (UNTIL au COUNT yake)</translation>
    </message>
    <message>
        <source>Ends as the custom rule says</source>
        <translation>Inaisha kama kanuni maalum inavyosema</translation>
    </message>
    <message>
        <source>No s&amp;ession on:</source>
        <translation>&amp;Bila kipindi tarehe:</translation>
    </message>
    <message>
        <source>Date to exclude</source>
        <translation>Tarehe ya kuondoa</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>&amp;Ondoa</translation>
    </message>
    <message>
        <source>Exclude this date</source>
        <translation>Ondoa tarehe hii</translation>
    </message>
    <message>
        <source>Excluded dates</source>
        <translation>Tarehe zilizoondolewa</translation>
    </message>
    <message>
        <source>Include a&amp;gain</source>
        <translation>&amp;Ghairi kuondoa</translation>
    </message>
    <message>
        <source>Remove the selected excluded date</source>
        <translation>Rudisha tarehe iliyoondolewa iliyochaguliwa</translation>
    </message>
    <message>
        <source>&amp;Place and rules</source>
        <translation>Mahali na &amp;kanuni</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Mahal&amp;i:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>e.g. Barangay Hall, San Isidro</source>
        <translation>mf. Ukumbi wa Kijiji, Mwembeni</translation>
    </message>
    <message>
        <source>Online lin&amp;k:</source>
        <translation>Kiun&amp;go cha mtandaoni:</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Kiungo cha mtandaoni</translation>
    </message>
    <message>
        <source>https://… (for sessions held online)</source>
        <translation>https://… (kwa vipindi vya mtandaoni)</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Nafa&amp;si:</translation>
    </message>
    <message>
        <source>Capacity (0 for no limit)</source>
        <translation>Nafasi (0 kwa bila kikomo)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Bila kikomo</translation>
    </message>
    <message>
        <source> places</source>
        <translation> nafasi</translation>
    </message>
    <message>
        <source>Required &amp;attendance:</source>
        <translation>Mahudhurio &amp;yanayohitajika:</translation>
    </message>
    <message>
        <source>Required attendance in percent</source>
        <translation>Mahudhurio yanayohitajika kwa asilimia</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>E&amp;xcused absences:</source>
        <translation>Kutokuwepo kwa ruh&amp;usa:</translation>
    </message>
    <message>
        <source>How excused absences count</source>
        <translation>Kutokuwepo kwa ruhusa kunahesabiwaje</translation>
    </message>
    <message>
        <source>Count as attended</source>
        <translation>Kunahesabiwa kama kuhudhuria</translation>
    </message>
    <message>
        <source>Are left out of the rate</source>
        <translation>Kunaachwa nje ya kiwango</translation>
    </message>
    <message>
        <source>Count as absent</source>
        <translation>Kunahesabiwa kama kutokuwepo</translation>
    </message>
    <message>
        <source>Topics and o&amp;utcomes</source>
        <translation>&amp;Mada na matokeo</translation>
    </message>
    <message>
        <source>&amp;Topics, one per line:</source>
        <translation>Ma&amp;da, moja kila mstari:</translation>
    </message>
    <message>
        <source>Topics, one per line</source>
        <translation>Mada, moja kila mstari</translation>
    </message>
    <message>
        <source>Outcomes to tic&amp;k off, in order:</source>
        <translation>Matokeo ya kuwekea &amp;alama, kwa mpangilio:</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Tokeo jipya</translation>
    </message>
    <message>
        <source>Type an outcome and press Enter</source>
        <translation>Andika tokeo kisha bonyeza Enter</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ongeza</translation>
    </message>
    <message>
        <source>Add the outcome</source>
        <translation>Ongeza tokeo</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation>&amp;Pandisha</translation>
    </message>
    <message>
        <source>Move the selected outcome up</source>
        <translation>Pandisha tokeo lililochaguliwa</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Shusha</translation>
    </message>
    <message>
        <source>Move the selected outcome down</source>
        <translation>Shusha tokeo lililochaguliwa</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Futa</translation>
    </message>
    <message>
        <source>Remove the selected outcome</source>
        <translation>Futa tokeo lililochaguliwa</translation>
    </message>
    <message>
        <source>Sessions it will create</source>
        <translation>Vipindi vitakavyoundwa</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Muhtasari wa hakiki</translation>
    </message>
    <message>
        <source>Dates of the sessions</source>
        <translation>Tarehe za vipindi</translation>
    </message>
    <message>
        <source>Problem to fix before saving</source>
        <translation>Tatizo la kurekebisha kabla ya kuhifadhi</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <source>Programme</source>
        <translation>Programu</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Vipindi</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Wamepata nafasi</translation>
    </message>
    <message>
        <source>Starts %1 at %2 (%3)</source>
        <translation>Inaanza %1 saa %2 (%3)</translation>
    </message>
    <message>
        <source>Required attendance: %1%</source>
        <translation>Mahudhurio yanayohitajika: %1%</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Programu zote</translation>
    </message>
    <message>
        <source>(+%1 waiting)</source>
        <translation>(+%1 wanasubiri)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kata</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nakili</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Bandika</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chagua zote</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Tupa</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tumia</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Weka upya</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Puuza</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kata</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nakili</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Bandika</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chagua zote</translation>
    </message>
</context>
<context>
    <name>ReportsOwedDialog</name>
    <message>
        <source>Reports owed</source>
        <translation>Ripoti zinazodaiwa</translation>
    </message>
    <message>
        <source>&amp;Reports not written yet:</source>
        <translation>&amp;Ripoti ambazo bado hazijaandikwa:</translation>
    </message>
    <message>
        <source>Reports not written yet</source>
        <translation>Ripoti ambazo bado hazijaandikwa</translation>
    </message>
    <message>
        <source>&amp;Notes for the chosen report:</source>
        <translation>&amp;Maelezo ya ripoti iliyochaguliwa:</translation>
    </message>
    <message>
        <source>Notes for the chosen report</source>
        <translation>Maelezo ya ripoti iliyochaguliwa</translation>
    </message>
    <message>
        <source>What happened in this period: who came, what was covered, what needs follow-up.</source>
        <translation>Kilichotokea katika kipindi hiki cha muda: nani alikuja, nini kilishughulikiwa, nini kinahitaji ufuatiliaji.</translation>
    </message>
    <message>
        <source>&amp;Submit report</source>
        <translation>&amp;Wasilisha ripoti</translation>
    </message>
    <message>
        <source>Submit the chosen report</source>
        <translation>Wasilisha ripoti iliyochaguliwa</translation>
    </message>
    <message>
        <source>Submit the chosen report with these notes (Ctrl+Enter)</source>
        <translation>Wasilisha ripoti iliyochaguliwa pamoja na maelezo haya (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Open the session</source>
        <translation>&amp;Fungua kipindi</translation>
    </message>
    <message>
        <source>Open the chosen session&apos;s roll, where its report is written in full</source>
        <translation>Fungua mahudhurio ya kipindi kilichochaguliwa, ambapo ripoti yake kamili inaandikwa</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Kipindi cha %1</translation>
    </message>
    <message>
        <source>Day of %1</source>
        <translation>Siku ya %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Wiki ya %1</translation>
    </message>
    <message>
        <source>Final report, %1</source>
        <translation>Ripoti ya mwisho, %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Imechelewa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Inadaiwa</translation>
    </message>
    <message>
        <source>No reports are owed. When a programme&apos;s report period is over (each session, day, week or month, or the end, as set in the programme), its report is asked for here.</source>
        <translation>Hakuna ripoti zinazodaiwa. Muda wa ripoti wa programu ukiisha (kila kipindi, siku, wiki au mwezi, au mwishoni, kama ilivyowekwa kwenye programu), ripoti yake inaombwa hapa.</translation>
    </message>
    <message>
        <source>1 report owed, overdue (more than a week late). Write its notes and press Submit.</source>
        <translation>Ripoti 1 inadaiwa, imechelewa (zaidi ya wiki moja). Andika maelezo yake kisha bonyeza Wasilisha.</translation>
    </message>
    <message>
        <source>1 report owed. Write its notes and press Submit.</source>
        <translation>Ripoti 1 inadaiwa. Andika maelezo yake kisha bonyeza Wasilisha.</translation>
    </message>
    <message>
        <source>%1 reports owed, %2 of them overdue (more than a week late). Choose one, write its notes and press Submit.</source>
        <translation>Ripoti %1 zinadaiwa, %2 kati yake zimechelewa (zaidi ya wiki moja). Chagua moja, andika maelezo yake kisha bonyeza Wasilisha.</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Kuna tatizo limetokea (%1); maelezo yako kwenye faili la kumbukumbu.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Printa haikuweza kufunguliwa.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Fomu ya mahudhurio</translation>
    </message>
    <message>
        <source>Attendance sheets for dates</source>
        <translation>Fomu za mahudhurio kwa tarehe</translation>
    </message>
    <message>
        <source>Tick-off template</source>
        <translation>Fomu ya kuweka alama za matokeo</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Utiifu</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saa</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Vyeti</translation>
    </message>
    <message>
        <source>Only sessions &amp;between</source>
        <translation>&amp;Vipindi tu kati ya</translation>
    </message>
    <message>
        <source>Limits the hours report and the exports to the sessions dated between these days</source>
        <translation>Inaweka ripoti ya saa na data inayotolewa kwa vipindi vyenye tarehe kati ya siku hizi tu</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Tarehe ya kwanza</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Tarehe ya mwisho</translation>
    </message>
    <message>
        <source>and</source>
        <translation>na</translation>
    </message>
    <message>
        <source>Each month</source>
        <translation>Kila mwezi</translation>
    </message>
    <message>
        <source>Each week</source>
        <translation>Kila wiki</translation>
    </message>
    <message>
        <source>Whole programme only</source>
        <translation>Programu nzima tu</translation>
    </message>
    <message>
        <source>A tick box per status</source>
        <translation>Kisanduku kwa kila hali</translation>
    </message>
    <message>
        <source>A column to sign</source>
        <translation>Safu ya kutia sahihi</translation>
    </message>
    <message>
        <source>Print what is recor&amp;ded</source>
        <translation>Chapisha kilichor&amp;ekodiwa</translation>
    </message>
    <message>
        <source>Tick the recorded marks, outcomes and session report instead of leaving them blank</source>
        <translation>Weka alama kwenye mahudhurio, matokeo na ripoti ya kipindi vilivyorekodiwa badala ya kuviacha wazi</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>M&amp;lalo</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Ripoti:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>&amp;Programu:</translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation>Kipi&amp;ndi:</translation>
    </message>
    <message>
        <source>P&amp;eriods:</source>
        <translation>Mg&amp;awanyo:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>Mpan&amp;gilio:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Kara&amp;tasi:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Ukubwa wa karatasi</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>Hak&amp;iki</translation>
    </message>
    <message>
        <source>Build the preview again</source>
        <translation>Tengeneza hakiki upya</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Hifadhi kama P&amp;DF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Chapisha…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Hami&amp;sha</translation>
    </message>
    <message>
        <source>Export to CSV or XLSX</source>
        <translation>Hamisha kwenda CSV au XLSX</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>&amp;Mahudhurio…</translation>
    </message>
    <message>
        <source>&amp;Compliance…</source>
        <translation>&amp;Utiifu…</translation>
    </message>
    <message>
        <source>&amp;Hours…</source>
        <translation>&amp;Saa…</translation>
    </message>
    <message>
        <source>Every &amp;programme</source>
        <translation>Kila &amp;programu</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Maendeleo ya ripoti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Hali ya ripoti</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Nini cha kuchapisha</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Hakiki ya ripoti</translation>
    </message>
    <message>
        <source>Choose a programme and a session to see a preview.</source>
        <translation>Chagua programu na kipindi ili kuona hakiki.</translation>
    </message>
    <message>
        <source>There is no programme yet: create one in the Sessions tab.</source>
        <translation>Bado hakuna programu: unda moja kwenye kichupo cha Vipindi.</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Inasoma data…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Inapanga kurasa…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Imehifadhiwa %1.</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Inatuma kurasa kwenye printa…</translation>
    </message>
    <message>
        <source>1 page sent to the printer.</source>
        <translation>Ukurasa 1 umetumwa kwenye printa.</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer.</source>
        <translation>Kurasa %1 zimetumwa kwenye printa.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Inaandika faili…</translation>
    </message>
    <message>
        <source>Exported 1 line to %2.</source>
        <translation>Mstari 1 umehamishwa kwenda %2.</translation>
    </message>
    <message>
        <source>Exported %1 lines to %2.</source>
        <translation>Mistari %1 imehamishwa kwenda %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Imeghairiwa.</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Chapisha ripoti</translation>
    </message>
    <message>
        <source>The report could not be made (%1); details are in the log file.</source>
        <translation>Ripoti haikuweza kutengenezwa (%1); maelezo yako kwenye faili la kumbukumbu.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>ukurasa 1</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>kurasa %1</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Hakiki iko tayari.</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>&amp;Wima</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (imeghairiwa)</translation>
    </message>
    <message>
        <source>The programmes could not be loaded; details are in the log file.</source>
        <translation>Programu hazikuweza kupakiwa; maelezo yako kwenye faili la kumbukumbu.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Hifadhi ripoti kama PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Faili za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Hifadhi kama PDF</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Kitabu cha Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
</context>
<context>
    <name>RollTableModel</name>
    <message>
        <source>Present</source>
        <translation>Yupo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Amechelewa</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Ana ruhusa</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Hayupo</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Bila alama</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Bado hajatathminiwa</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Anaendelea vizuri</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Yuko hatarini</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Hatimizi masharti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kikundi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Mgeni</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Kiwango cha mahudhurio</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (dakika %2)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Amepata nafasi</translation>
    </message>
    <message>
        <source>waiting for a place</source>
        <translation>anasubiri nafasi</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>bado hakuna vipindi</translation>
    </message>
    <message>
        <source>%1 missed in a row</source>
        <translation>amekosa %1 mfululizo</translation>
    </message>
    <message>
        <source>P present · L late · E excused · A absent · Delete clears</source>
        <translation>P yupo · L amechelewa · E ana ruhusa · A hayupo · Delete inafuta</translation>
    </message>
    <message>
        <source>Added at the door (walk-in)</source>
        <translation>Ameongezwa mlangoni (mgeni)</translation>
    </message>
    <message>
        <source>%1 — the programme asks for %2 % attendance</source>
        <translation>%1 — programu inataka mahudhurio ya %2 %</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Roster</source>
        <translation>Orodha</translation>
    </message>
    <message>
        <source>Choose a session in the Sessions tab, or press Ctrl+R (Take roll), to take its roll.</source>
        <translation>Chagua kipindi kwenye kichupo cha Vipindi, au bonyeza Ctrl+R (Chukua mahudhurio), ili kuchukua mahudhurio yake.</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Hakuna kipindi kilichochaguliwa</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Kipindi</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Maelezo ya kipindi</translation>
    </message>
    <message>
        <source>Roll counts</source>
        <translation>Idadi za mahudhurio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>Roster pages</source>
        <translation>Kurasa za orodha</translation>
    </message>
    <message>
        <source>Roll &amp;call</source>
        <translation>M&amp;ahudhurio</translation>
    </message>
    <message>
        <source>E&amp;nrolment</source>
        <translation>&amp;Usajili</translation>
    </message>
    <message>
        <source>Ou&amp;tcomes</source>
        <translation>Matok&amp;eo</translation>
    </message>
    <message>
        <source>Session re&amp;port</source>
        <translation>&amp;Ripoti ya kipindi</translation>
    </message>
    <message>
        <source>Search the roll by name or ID</source>
        <translation>Tafuta kwenye orodha kwa jina au kitambulisho</translation>
    </message>
    <message>
        <source>Search name or ID  ( / or Ctrl+F )</source>
        <translation>Tafuta jina au ID  ( / au Ctrl+F )</translation>
    </message>
    <message>
        <source>Mark all present</source>
        <translation>Wote wapo</translation>
    </message>
    <message>
        <source>Mark everyone not marked yet present</source>
        <translation>Weka “yupo” kwa kila ambaye bado hajawekewa alama</translation>
    </message>
    <message>
        <source>Everyone not marked yet (Ctrl+Shift+P)</source>
        <translation>Kila ambaye bado hajawekewa alama (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Mark the rest absent</source>
        <translation>Waliobaki hawapo</translation>
    </message>
    <message>
        <source>Mark everyone not marked yet absent</source>
        <translation>Weka “hayupo” kwa kila ambaye bado hajawekewa alama</translation>
    </message>
    <message>
        <source>Everyone not marked yet (Ctrl+Shift+A)</source>
        <translation>Kila ambaye bado hajawekewa alama (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation>Tendua alama ya mwisho</translation>
    </message>
    <message>
        <source>Undo the last mark (Ctrl+Z)</source>
        <translation>Tendua alama ya mwisho (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Add walk-in…</source>
        <translation>Ongeza mgeni…</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Ongeza mgeni</translation>
    </message>
    <message>
        <source>Someone at the door (+ or Ctrl+Shift+N)</source>
        <translation>Mtu aliye mlangoni (+ au Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Ingiza orodha…</translation>
    </message>
    <message>
        <source>Import a roster file</source>
        <translation>Ingiza faili la orodha</translation>
    </message>
    <message>
        <source>CSV or XLSX file (Ctrl+I)</source>
        <translation>Faili la CSV au XLSX (Ctrl+I)</translation>
    </message>
    <message>
        <source>Read pape&amp;r sheets…</source>
        <translation>Soma fomu za karatas&amp;i…</translation>
    </message>
    <message>
        <source>Read ticked attendance sheets back in</source>
        <translation>Soma tena fomu za mahudhurio zilizowekewa alama</translation>
    </message>
    <message>
        <source>Scans or photos of printed tick sheets</source>
        <translation>Skani au picha za fomu zilizochapishwa na kuwekewa alama</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Mahudhurio</translation>
    </message>
    <message>
        <source>P present, L late, E excused, A absent, Delete clears; arrows move; Ctrl+Z undoes; slash searches</source>
        <translation>P yupo, L amechelewa, E ana ruhusa, A hayupo, Delete inafuta; mishale inasogeza; Ctrl+Z inatendua; / inatafuta</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;E&lt;/b&gt; excused · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Del&lt;/b&gt; clear · &lt;b&gt;↑ ↓ Enter&lt;/b&gt; move · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo · &lt;b&gt;/&lt;/b&gt; search · &lt;b&gt;+&lt;/b&gt; walk-in</source>
        <translation>&lt;b&gt;P&lt;/b&gt; yupo · &lt;b&gt;L&lt;/b&gt; amechelewa · &lt;b&gt;E&lt;/b&gt; ana ruhusa · &lt;b&gt;A&lt;/b&gt; hayupo · &lt;b&gt;Del&lt;/b&gt; futa · &lt;b&gt;↑ ↓ Enter&lt;/b&gt; sogeza · &lt;b&gt;Ctrl+Z&lt;/b&gt; tendua · &lt;b&gt;/&lt;/b&gt; tafuta · &lt;b&gt;+&lt;/b&gt; mgeni</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Vitufe</translation>
    </message>
    <message>
        <source>Undo the last change on this tab</source>
        <translation>Tendua badiliko la mwisho kwenye kichupo hiki</translation>
    </message>
    <message>
        <source>Find a person on the roll</source>
        <translation>Tafuta mtu kwenye orodha</translation>
    </message>
    <message>
        <source>Mark everyone present</source>
        <translation>Weka kila mtu “yupo”</translation>
    </message>
    <message>
        <source>Show the current person&apos;s mark history</source>
        <translation>Onyesha historia ya alama ya mtu huyu</translation>
    </message>
    <message>
        <source>Reload the roll</source>
        <translation>Pakia orodha upya</translation>
    </message>
    <message>
        <source>Attendance rates could not be worked out</source>
        <translation>Viwango vya mahudhurio havikuweza kukokotolewa</translation>
    </message>
    <message>
        <source>The roll could not be read</source>
        <translation>Orodha haikuweza kusomwa</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Mada: %1</translation>
    </message>
    <message>
        <source>This session was cancelled%1; its roll cannot be taken.</source>
        <translation>Kipindi hiki kimeghairiwa%1; mahudhurio yake hayawezi kuchukuliwa.</translation>
    </message>
    <message>
        <source>Recorded as not held (%1); its roll cannot be taken.</source>
        <translation>Kimerekodiwa kuwa hakikufanyika (%1); mahudhurio yake hayawezi kuchukuliwa.</translation>
    </message>
    <message>
        <source>This session has not started yet; roll can be taken from one hour before it starts.</source>
        <translation>Kipindi hiki bado hakijaanza; mahudhurio yanaweza kuchukuliwa kuanzia saa moja kabla ya kuanza.</translation>
    </message>
    <message>
        <source>Nobody is on this roll yet: import a roster (Ctrl+I), enrol people (Enrolment page) or add a walk-in (+).</source>
        <translation>Bado hakuna mtu kwenye orodha hii: ingiza orodha (Ctrl+I), sajili watu (ukurasa wa Usajili) au ongeza mgeni (+).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the roll</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kwenye orodha</translation>
    </message>
    <message>
        <source>%1 present</source>
        <comment>one</comment>
        <translation>%1 yupo</translation>
    </message>
    <message>
        <source>%1 present</source>
        <comment>many</comment>
        <translation>%1 wapo</translation>
    </message>
    <message>
        <source>%1 late</source>
        <comment>one</comment>
        <translation>%1 amechelewa</translation>
    </message>
    <message>
        <source>%1 late</source>
        <comment>many</comment>
        <translation>%1 wamechelewa</translation>
    </message>
    <message>
        <source>%1 excused</source>
        <comment>one</comment>
        <translation>%1 ana ruhusa</translation>
    </message>
    <message>
        <source>%1 excused</source>
        <comment>many</comment>
        <translation>%1 wana ruhusa</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <comment>one</comment>
        <translation>%1 hayupo</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <comment>many</comment>
        <translation>%1 hawapo</translation>
    </message>
    <message>
        <source>%1 not marked</source>
        <comment>one</comment>
        <translation>%1 bila alama</translation>
    </message>
    <message>
        <source>%1 not marked</source>
        <comment>many</comment>
        <translation>%1 bila alama</translation>
    </message>
    <message>
        <source>mark of %1</source>
        <translation>alama ya %1</translation>
    </message>
    <message>
        <source>The mark was not saved</source>
        <translation>Alama haikuhifadhiwa</translation>
    </message>
    <message>
        <source>“%1” for everyone not marked</source>
        <translation>“%1” kwa wote ambao hawajawekewa alama</translation>
    </message>
    <message>
        <source>Nobody is left unmarked.</source>
        <translation>Hakuna aliyebaki bila alama.</translation>
    </message>
    <message>
        <source>Marked %1 people %2. Ctrl+Z undoes this.</source>
        <translation>Watu %1 wamewekwa “%2”. Ctrl+Z inatendua hili.</translation>
    </message>
    <message>
        <source>Nothing was marked</source>
        <translation>Hakuna kilichowekewa alama</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>Hakuna cha kutendua kwenye ukurasa huu.</translation>
    </message>
    <message>
        <source>Nothing to undo on this roll since it was opened.</source>
        <translation>Hakuna cha kutendua kwenye orodha hii tangu ilipofunguliwa.</translation>
    </message>
    <message>
        <source>Undone: %1 is no longer on this roll.</source>
        <translation>Imetenduliwa: %1 hayupo tena kwenye orodha hii.</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Kutendua kumeshindikana</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Hakuna cha kutendua.</translation>
    </message>
    <message>
        <source>Undone: %1 is %2 again.</source>
        <translation>Imetenduliwa: %1 amerudi kuwa “%2”.</translation>
    </message>
    <message>
        <source>Undone: %1 marks.</source>
        <translation>Imetenduliwa: alama %1.</translation>
    </message>
    <message>
        <source>The mark history could not be read</source>
        <translation>Historia ya alama haikuweza kusomwa</translation>
    </message>
    <message>
        <source>walk-in %1</source>
        <translation>mgeni %1</translation>
    </message>
    <message>
        <source>%1 is marked %2 for this session and waits for a place (the programme has none free).</source>
        <translation>%1 amewekwa “%2” kwa kipindi hiki na anasubiri nafasi (programu haina nafasi iliyo wazi).</translation>
    </message>
    <message>
        <source>%1 added as a walk-in and marked %2.</source>
        <translation>%1 ameongezwa kama mgeni na amewekwa “%2”.</translation>
    </message>
    <message>
        <source>%1 is on the roll and marked %2.</source>
        <translation>%1 yuko kwenye orodha na amewekwa “%2”.</translation>
    </message>
    <message>
        <source>The walk-in was not added</source>
        <translation>Mgeni hakuongezwa</translation>
    </message>
</context>
<context>
    <name>SessionReportForm</name>
    <message>
        <source>Session report</source>
        <translation>Ripoti ya kipindi</translation>
    </message>
    <message>
        <source>The session was he&amp;ld</source>
        <translation>Kipindi kilifan&amp;yika</translation>
    </message>
    <message>
        <source>The session was held</source>
        <translation>Kipindi kilifanyika</translation>
    </message>
    <message>
        <source>It &amp;did not happen</source>
        <translation>Hakikufa&amp;nyika</translation>
    </message>
    <message>
        <source>The session did not happen</source>
        <translation>Kipindi hakikufanyika</translation>
    </message>
    <message>
        <source>Why it did not happen</source>
        <translation>Kwa nini hakikufanyika</translation>
    </message>
    <message>
        <source>Why, e.g. flooding on the road</source>
        <translation>Kwa nini, mf. mafuriko njiani</translation>
    </message>
    <message>
        <source>Topics covered (Space ticks)</source>
        <translation>Mada zilizoshughulikiwa (Space inaweka alama)</translation>
    </message>
    <message>
        <source>Other topics covered</source>
        <translation>Mada nyingine zilizoshughulikiwa</translation>
    </message>
    <message>
        <source>Other topics, separated by commas</source>
        <translation>Mada nyingine, zikitenganishwa kwa koma</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>What happened, what to follow up</source>
        <translation>Kilichotokea, cha kufuatilia</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Mwezeshaji</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Kipindi:</translation>
    </message>
    <message>
        <source>Top&amp;ics covered:</source>
        <translation>Mada &amp;zilizoshughulikiwa:</translation>
    </message>
    <message>
        <source>Other top&amp;ics:</source>
        <translation>Mada &amp;zingine:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Mae&amp;lezo:</translation>
    </message>
    <message>
        <source>Facilit&amp;ator:</source>
        <translation>Mwezeshaj&amp;i:</translation>
    </message>
    <message>
        <source>Save &amp;report</source>
        <translation>Hifa&amp;dhi ripoti</translation>
    </message>
    <message>
        <source>Save the session report</source>
        <translation>Hifadhi ripoti ya kipindi</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>Hali ya ripoti</translation>
    </message>
    <message>
        <source>This session was cancelled; there is nothing to report.</source>
        <translation>Kipindi hiki kimeghairiwa; hakuna cha kuripoti.</translation>
    </message>
    <message>
        <source>The report can be written once the session has started.</source>
        <translation>Ripoti inaweza kuandikwa kipindi kikishaanza.</translation>
    </message>
    <message>
        <source>No report yet.</source>
        <translation>Bado hakuna ripoti.</translation>
    </message>
    <message>
        <source>Saved %1 by %2.</source>
        <translation>Imehifadhiwa %1 na %2.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Imehifadhiwa %1.</translation>
    </message>
    <message>
        <source>Say why the session did not happen.</source>
        <translation>Sema kwa nini kipindi hakikufanyika.</translation>
    </message>
    <message>
        <source>Saved automatically at %1.</source>
        <translation>Imehifadhiwa yenyewe saa %1.</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>Ripoti imehifadhiwa.</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Kuna tatizo limetokea; maelezo yako kwenye kumbukumbu.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Roll incomplete (%1 of %2)</source>
        <translation>Mahudhurio hayajakamilika (%1 kati ya %2)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Kimepangwa</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sasa</translation>
    </message>
    <message>
        <source>Roll taken</source>
        <translation>Mahudhurio yamechukuliwa</translation>
    </message>
    <message>
        <source>Roll missing</source>
        <translation>Mahudhurio hayapo</translation>
    </message>
    <message>
        <source>Roll incomplete</source>
        <translation>Mahudhurio hayajakamilika</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kimeghairiwa</translation>
    </message>
    <message>
        <source>Didn&apos;t happen</source>
        <translation>Hakikufanyika</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saa</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programu</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mada</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Mahudhurio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>%1 of %2 marked</source>
        <translation>%1 kati ya %2 wamewekewa alama</translation>
    </message>
    <message>
        <source>%1 booked</source>
        <translation>%1 wamepata nafasi</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Mwezeshaji: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Kimeghairiwa: %1</translation>
    </message>
    <message>
        <source>Didn&apos;t happen: %1</source>
        <translation>Hakikufanyika: %1</translation>
    </message>
    <message>
        <source>This session has ended and no one is marked yet.</source>
        <translation>Kipindi hiki kimeisha na bado hakuna aliyewekewa alama.</translation>
    </message>
    <message>
        <source>This session has ended and %1 of the %2 people on its roll have no mark yet.</source>
        <translation>Kipindi hiki kimeisha na watu %1 kati ya %2 kwenye orodha yake bado hawajawekewa alama.</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>P&amp;rogrammes</source>
        <translation>&amp;Programu</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programu</translation>
    </message>
    <message>
        <source>Selected programme</source>
        <translation>Programu iliyochaguliwa</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Unda…</translation>
    </message>
    <message>
        <source>Create a new programme</source>
        <translation>Unda programu mpya</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Hariri…</translation>
    </message>
    <message>
        <source>Edit the selected programme</source>
        <translation>Hariri programu iliyochaguliwa</translation>
    </message>
    <message>
        <source>Ctrl+E, or Enter on the programme</source>
        <translation>Ctrl+E, au Enter juu ya programu</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ondoa…</translation>
    </message>
    <message>
        <source>Remove the selected programme</source>
        <translation>Ondoa programu iliyochaguliwa</translation>
    </message>
    <message>
        <source>Delete key in the list. Deleted when nothing was recorded in it, else archived.</source>
        <translation>Kitufe Delete kwenye orodha. Hufutwa kama hakuna kilichorekodiwa ndani yake, la sivyo huhifadhiwa kwenye kumbukumbu.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Onyesha:</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Zote</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Leo</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Vijavyo</translation>
    </message>
    <message>
        <source>Roll &amp;missing</source>
        <translation>&amp;Bila mahudhurio</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>Vilivyopi&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>Vilivyo&amp;ghairiwa</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Vipindi vyote</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Vipindi vya leo</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Vipindi vijavyo</translation>
    </message>
    <message>
        <source>Sessions with the roll missing</source>
        <translation>Vipindi visivyo na mahudhurio</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Vipindi vilivyopita</translation>
    </message>
    <message>
        <source>Cancelled sessions</source>
        <translation>Vipindi vilivyoghairiwa</translation>
    </message>
    <message>
        <source>Number of sessions shown</source>
        <translation>Idadi ya vipindi vinavyoonyeshwa</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Vipindi</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Kipindi kilichochaguliwa</translation>
    </message>
    <message>
        <source>&amp;Open roll</source>
        <translation>Fungua m&amp;ahudhurio</translation>
    </message>
    <message>
        <source>Open the roll of the selected session</source>
        <translation>Fungua mahudhurio ya kipindi kilichochaguliwa</translation>
    </message>
    <message>
        <source>Cance&amp;l session…</source>
        <translation>Gha&amp;iri kipindi…</translation>
    </message>
    <message>
        <source>Cancel the selected session, with a reason</source>
        <translation>Ghairi kipindi kilichochaguliwa, pamoja na sababu</translation>
    </message>
    <message>
        <source>&amp;Didn&apos;t happen…</source>
        <translation>Hakikufa&amp;nyika…</translation>
    </message>
    <message>
        <source>Record that the selected session did not happen, with a reason</source>
        <translation>Rekodi kwamba kipindi kilichochaguliwa hakikufanyika, pamoja na sababu</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>&amp;Rejesha</translation>
    </message>
    <message>
        <source>Make the selected cancelled session count again</source>
        <translation>Fanya kipindi kilichoghairiwa kihesabiwe tena</translation>
    </message>
    <message>
        <source>Reports owed</source>
        <translation>Ripoti zinazodaiwa</translation>
    </message>
    <message>
        <source>Reports o&amp;wed…</source>
        <translation>Ripoti zinazo&amp;daiwa…</translation>
    </message>
    <message>
        <source>List the reports owed and write them</source>
        <translation>Orodhesha ripoti zinazodaiwa na uziandike</translation>
    </message>
    <message>
        <source>Report submitted.</source>
        <translation>Ripoti imewasilishwa.</translation>
    </message>
    <message>
        <source>Choose a programme to edit.</source>
        <translation>Chagua programu ya kuhariri.</translation>
    </message>
    <message>
        <source>Choose a programme to remove.</source>
        <translation>Chagua programu ya kuondoa.</translation>
    </message>
    <message>
        <source>Delete the programme “%1” with its %2 and %3? Nothing was recorded in it. It is also deleted from the server at the next sync; this cannot be undone.</source>
        <translation>Ufute programu “%1” pamoja na %2 na %3 vyake? Hakuna kilichorekodiwa ndani yake. Itafutwa pia kwenye seva wakati wa usawazishaji ujao; hili haliwezi kutenduliwa.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>kipindi 1</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>vipindi %1</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>nafasi 1</translation>
    </message>
    <message>
        <source>%1 bookings</source>
        <translation>nafasi %1</translation>
    </message>
    <message>
        <source>&amp;Delete programme</source>
        <translation>&amp;Futa programu</translation>
    </message>
    <message>
        <source>“%1” has %2 (marks, ticks or reports), so it cannot be deleted. Archive it? It leaves the lists; every record is kept for the reports.</source>
        <translation>“%1” ina %2 (alama, matokeo au ripoti), kwa hiyo haiwezi kufutwa. Uihifadhi kwenye kumbukumbu? Itaondoka kwenye orodha; kila rekodi inabaki kwa ajili ya ripoti.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>rekodi 1</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>rekodi %1</translation>
    </message>
    <message>
        <source>&amp;Archive programme</source>
        <translation>&amp;Weka kwenye kumbukumbu</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>Ondoa programu</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Usiifute</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” imefutwa.</translation>
    </message>
    <message>
        <source>“%1” was archived; its records are kept.</source>
        <translation>“%1” imewekwa kwenye kumbukumbu; rekodi zake zimebaki.</translation>
    </message>
    <message>
        <source>No session today. Choose one in the Sessions tab and press Enter.</source>
        <translation>Hakuna kipindi leo. Chagua kimoja kwenye kichupo cha Vipindi kisha bonyeza Enter.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Ghairi kipindi</translation>
    </message>
    <message>
        <source>Why is this session cancelled?</source>
        <translation>Kwa nini kipindi hiki kinaghairiwa?</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Ghairi kipindi</translation>
    </message>
    <message>
        <source>Session did not happen</source>
        <translation>Kipindi hakikufanyika</translation>
    </message>
    <message>
        <source>Why did this session not happen?</source>
        <translation>Kwa nini kipindi hiki hakikufanyika?</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <source>%1 counts again.</source>
        <translation>%1 kinahesabiwa tena.</translation>
    </message>
    <message>
        <source>Its 1 attendance mark is kept but stops counting; Reinstate makes it count again.</source>
        <translation>Alama yake 1 ya mahudhurio inabaki lakini haihesabiwi tena; Rejesha inaifanya ihesabiwe tena.</translation>
    </message>
    <message>
        <source>Its %1 attendance marks are kept but stop counting; Reinstate makes them count again.</source>
        <translation>Alama zake %1 za mahudhurio zinabaki lakini hazihesabiwi tena; Rejesha inazifanya zihesabiwe tena.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No reports owed.</source>
        <translation>Hakuna ripoti zinazodaiwa.</translation>
    </message>
    <message>
        <source>Reports owed: %1 overdue, %2 due.</source>
        <translation>Ripoti zinazodaiwa: %1 zimechelewa, %2 zinadaiwa.</translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation>Vipindi havikuweza kupakiwa: %1</translation>
    </message>
    <message>
        <source>The reports owed could not be counted: %1</source>
        <translation>Ripoti zinazodaiwa hazikuweza kuhesabiwa: %1</translation>
    </message>
    <message>
        <source>fieldsessions</source>
        <translation>fieldsessions</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Kuna tatizo limetokea (%1); maelezo yako kwenye faili la kumbukumbu.</translation>
    </message>
    <message>
        <source>No programme yet. Press New… (Alt+N, or Ctrl+N anywhere) to create one; its sessions are listed here.</source>
        <translation>Bado hakuna programu. Bonyeza Unda… (Alt+U, au Ctrl+N popote) kuunda moja; vipindi vyake vinaorodheshwa hapa.</translation>
    </message>
    <message>
        <source>No sessions in this programme. Edit it (Ctrl+E) to set its dates.</source>
        <translation>Hakuna vipindi kwenye programu hii. Ihariri (Ctrl+E) kuweka tarehe zake.</translation>
    </message>
    <message>
        <source>No session today. Show Upcoming (Alt+U) to see what comes next.</source>
        <translation>Hakuna kipindi leo. Onyesha Vijavyo (Alt+V) kuona kinachofuata.</translation>
    </message>
    <message>
        <source>No session to come. Edit the programme (Ctrl+E) to add dates, or show All (Alt+A).</source>
        <translation>Hakuna kipindi kijacho. Hariri programu (Ctrl+E) kuongeza tarehe, au onyesha Zote (Alt+Z).</translation>
    </message>
    <message>
        <source>No roll is missing: every session that has ended has its roll taken.</source>
        <translation>Hakuna mahudhurio yanayokosekana: kila kipindi kilichoisha kimechukuliwa mahudhurio.</translation>
    </message>
    <message>
        <source>No session has ended yet. Show Upcoming (Alt+U).</source>
        <translation>Bado hakuna kipindi kilichoisha. Onyesha Vijavyo (Alt+V).</translation>
    </message>
    <message>
        <source>No session is cancelled.</source>
        <translation>Hakuna kipindi kilichoghairiwa.</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>programu 1</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>programu %1</translation>
    </message>
    <message>
        <source>%1 at %2 for %3 min (%4)</source>
        <translation>%1 saa %2 kwa dakika %3 (%4)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>kuanzia %1 hadi %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>kuanzia %1</translation>
    </message>
    <message>
        <source>%1% attendance required</source>
        <translation>mahudhurio ya %1% yanahitajika</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>nafasi 1</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>nafasi %1</translation>
    </message>
    <message>
        <source>Choose a session, then press Enter to open its roll.</source>
        <translation>Chagua kipindi, kisha bonyeza Enter kufungua mahudhurio yake.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Save the settings</source>
        <translation>Hifadhi mipangilio</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Funga bila kuhifadhi</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Lugha ya mfumo</translation>
    </message>
    <message>
        <source>The settings could not be saved (%1). Details are in the log file.</source>
        <translation>Mipangilio haikuweza kuhifadhiwa (%1). Maelezo yako kwenye faili la kumbukumbu.</translation>
    </message>
    <message>
        <source>No file manager could be opened; the folder is %1</source>
        <translation>Hakuna kidhibiti faili kilichoweza kufunguliwa; folda ni %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <source>&amp;Facilitator name:</source>
        <translation>&amp;Jina la mwezeshaji:</translation>
    </message>
    <message>
        <source>Facilitator name</source>
        <translation>Jina la mwezeshaji</translation>
    </message>
    <message>
        <source>Your name, as it appears on marks and reports</source>
        <translation>Jina lako, kama linavyoonekana kwenye alama na ripoti</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Jina la &amp;kompyuta:</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Jina la kompyuta</translation>
    </message>
    <message>
        <source>e.g. Field laptop 2</source>
        <translation>mf. Kompyuta ya uwandani 2</translation>
    </message>
    <message>
        <source>Data &amp;file:</source>
        <translation>&amp;Faili la data:</translation>
    </message>
    <message>
        <source>Where the data file lives</source>
        <translation>Mahali faili la data lilipo</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>F&amp;ungua folda</translation>
    </message>
    <message>
        <source>Open the folder of the data file</source>
        <translation>Fungua folda ya faili la data</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>A new language is used the next time fieldsessions starts.</source>
        <translation>Lugha mpya inatumika wakati ujao fieldsessions itakapoanza.</translation>
    </message>
    <message>
        <source>Problem to fix before saving</source>
        <translation>Tatizo la kurekebisha kabla ya kuhifadhi</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Vitufe vya kibodi</translation>
    </message>
    <message>
        <source>Every key the window answers to. Roll call needs only the keyboard: P, L, E or A marks the person and moves on.</source>
        <translation>Kila kitufe ambacho dirisha linaitikia. Kuchukua mahudhurio kunahitaji kibodi tu: P, L, E au A inamwekea mtu alama na kwenda kwa anayefuata.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Vitufe</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Kinachofanya</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wapi</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>No connection to the server at %1. Check the address and the network, then press Enter to try again.</source>
        <translation>Hakuna muunganisho na seva kwenye %1. Angalia anwani na mtandao, kisha bonyeza Enter kujaribu tena.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sawazisha</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Inaunganisha na seva…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Maendeleo ya usawazishaji</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Sign in once to the sync server; the password is not kept, only a token for this laptop.</source>
        <translation>Ingia mara moja kwenye seva ya usawazishaji; nenosiri halihifadhiwi, ni tokeni ya kompyuta hii tu.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Seva:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Jina la &amp;mtumiaji:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Zaidi</translation>
    </message>
    <message>
        <source>only when your administrator gives you one</source>
        <translation>pale tu msimamizi wako anapokupa</translation>
    </message>
    <message>
        <source>Server certificate file</source>
        <translation>Faili la cheti cha seva</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Vinjari…</translation>
    </message>
    <message>
        <source>Server &amp;certificate file:</source>
        <translation>Faili la &amp;cheti cha seva:</translation>
    </message>
    <message>
        <source>Sign in and sync</source>
        <translation>Ingia na usawazishe</translation>
    </message>
    <message>
        <source>Sync receipt</source>
        <translation>Risiti ya usawazishaji</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>&amp;Kumbukumbu ya usawazishaji…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Inaghairi…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Inatuma mabadiliko…</translation>
    </message>
    <message>
        <source>{0} of {1} sent</source>
        <translation>{0} kati ya {1} yametumwa</translation>
    </message>
    <message>
        <source>Getting the latest from the server…</source>
        <translation>Inapokea ya karibuni kutoka kwenye seva…</translation>
    </message>
    <message>
        <source>{0} sent · {1} received</source>
        <translation>{0} yametumwa · {1} yamepokelewa</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent so far is safe.</source>
        <translation>Usawazishaji umeghairiwa. Kilichotumwa mpaka sasa kiko salama.</translation>
    </message>
    <message>
        <source>Sync complete, but 1 received change waits on this laptop (listed below).</source>
        <translation>Usawazishaji umekamilika, lakini badiliko 1 lililopokelewa linasubiri kwenye kompyuta hii (limeorodheshwa hapa chini).</translation>
    </message>
    <message>
        <source>Sync complete, but %1 received changes wait on this laptop (listed below).</source>
        <translation>Usawazishaji umekamilika, lakini mabadiliko %1 yaliyopokelewa yanasubiri kwenye kompyuta hii (yameorodheshwa hapa chini).</translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation>Usawazishaji umekamilika.</translation>
    </message>
    <message>
        <source>Sync complete, but some changes wait for records the server does not have yet; they go with the next sync.</source>
        <translation>Usawazishaji umekamilika, lakini baadhi ya mabadiliko yanasubiri rekodi ambazo seva bado haina; yataenda na usawazishaji ujao.</translation>
    </message>
    <message>
        <source>Sync complete, but the server refused some changes.</source>
        <translation>Usawazishaji umekamilika, lakini seva imekataa baadhi ya mabadiliko.</translation>
    </message>
    <message>
        <source>Your changes are safe on this laptop and will be sent next time.</source>
        <translation>Mabadiliko yako yako salama kwenye kompyuta hii na yatatumwa wakati ujao.</translation>
    </message>
    <message>
        <source>Nothing on this laptop is waiting to be sent.</source>
        <translation>Hakuna kitu kwenye kompyuta hii kinachosubiri kutumwa.</translation>
    </message>
    <message>
        <source>Your 1 change is safe on this laptop and will be sent next time.</source>
        <translation>Badiliko lako 1 liko salama kwenye kompyuta hii na litatumwa wakati ujao.</translation>
    </message>
    <message>
        <source>Your %1 changes are safe on this laptop and will be sent next time.</source>
        <translation>Mabadiliko yako %1 yako salama kwenye kompyuta hii na yatatumwa wakati ujao.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be checked. Ask your administrator for its certificate file and choose it under Advanced when signing in.</source>
        <translation>Utambulisho wa seva haukuweza kuthibitishwa. Muombe msimamizi wako faili la cheti chake na ulichague chini ya Zaidi unapoingia.</translation>
    </message>
    <message>
        <source>No connection to the server.</source>
        <translation>Hakuna muunganisho na seva.</translation>
    </message>
    <message>
        <source>The network answered instead of the server (a Wi-Fi sign-in page?). Open a web page to sign in to the network, then sync again.</source>
        <translation>Mtandao umejibu badala ya seva (ukurasa wa kuingia wa Wi-Fi?). Fungua ukurasa wa wavuti ili uingie kwenye mtandao, kisha sawazisha tena.</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s sign-in; sign in again.</source>
        <translation>Seva haikukubali kuingia kwa kompyuta hii; ingia tena.</translation>
    </message>
    <message>
        <source>The server did not take the changes this time.</source>
        <translation>Seva haikupokea mabadiliko wakati huu.</translation>
    </message>
    <message>
        <source>Fill in the server, your user name and your password.</source>
        <translation>Jaza seva, jina lako la mtumiaji na nenosiri lako.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Inaingia…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Vyeti (*.pem *.crt);;Faili zote (*)</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Kumbukumbu ya usawazishaji</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Yametumwa</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Yamekubaliwa</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Migongano</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Yamekataliwa</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Yamepokelewa</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>1 received change waiting</source>
        <translation>Badiliko 1 lililopokelewa linasubiri</translation>
    </message>
    <message>
        <source>%1 received changes waiting</source>
        <translation>Mabadiliko %1 yaliyopokelewa yanasubiri</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>sawa</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Add a walk-in</source>
        <translation>Ongeza mgeni</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Jina kamili</translation>
    </message>
    <message>
        <source>ID (optional)</source>
        <translation>Kitambulisho (si lazima)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>si lazima</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Simu (si lazima)</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Weka kama</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Yupo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Amechelewa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;Kitambulisho:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Simu:</translation>
    </message>
    <message>
        <source>&amp;Mark as:</source>
        <translation>&amp;Weka kama:</translation>
    </message>
    <message>
        <source>Already registered? Press Down and Enter to pick the person instead:</source>
        <translation>Amesajiliwa tayari? Bonyeza ↓ na Enter kumchagua badala yake:</translation>
    </message>
    <message>
        <source>People with a similar name</source>
        <translation>Watu wenye jina linalofanana</translation>
    </message>
    <message>
        <source>&amp;Book a place anyway (none is free now)</source>
        <translation>&amp;Hifadhi nafasi hata hivyo (hakuna iliyo wazi sasa)</translation>
    </message>
    <message>
        <source>Book a place although none is free</source>
        <translation>Hifadhi nafasi ingawa hakuna iliyo wazi</translation>
    </message>
    <message>
        <source>The programme is full or people are waiting. Unticked, the walk-in is marked for this session and joins the end of the waitlist.</source>
        <translation>Programu imejaa au kuna watu wanaosubiri. Bila alama, mgeni anawekewa alama kwa kipindi hiki na anaingia mwisho wa orodha ya kusubiri.</translation>
    </message>
    <message>
        <source>&amp;Add walk-in</source>
        <translation>&amp;Ongeza mgeni</translation>
    </message>
    <message>
        <source>Add as a new walk-in</source>
        <translation>Ongeza kama mgeni mpya</translation>
    </message>
    <message>
        <source>&amp;Use selected person</source>
        <translation>&amp;Tumia mtu aliyechaguliwa</translation>
    </message>
    <message>
        <source>Use the selected existing person</source>
        <translation>Tumia mtu aliyepo aliyechaguliwa</translation>
    </message>
    <message>
        <source>same ID</source>
        <translation>kitambulisho sawa</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>simu sawa</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>jina sawa</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>jina linalofanana</translation>
    </message>
    <message>
        <source>This may be someone already registered. Enter picks the highlighted person; to register a different person, press &quot;Add as a new person&quot;.</source>
        <translation>Huenda huyu ni mtu aliyesajiliwa tayari. Enter inamchagua mtu aliyeangaziwa; kusajili mtu tofauti, bonyeza &quot;Ongeza kama mtu mpya&quot;.</translation>
    </message>
    <message>
        <source>Add as a ne&amp;w person</source>
        <translation>Ongeza kama mtu &amp;mpya</translation>
    </message>
    <message>
        <source>Type the person&apos;s name first.</source>
        <translation>Andika jina la mtu kwanza.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Karibu</translation>
    </message>
    <message>
        <source>Welcome to fieldsessions</source>
        <translation>Karibu fieldsessions</translation>
    </message>
    <message>
        <source>Your data file is empty. Everything you record is kept on this laptop and works without a connection; Sync sends it to your organisation when you have one.</source>
        <translation>Faili lako la data ni tupu. Kila unachorekodi kinahifadhiwa kwenye kompyuta hii na kinafanya kazi bila mtandao; Sawazisha inakituma kwa shirika lako unapopata mtandao.</translation>
    </message>
    <message>
        <source>&amp;Create a programme</source>
        <translation>&amp;Unda programu</translation>
    </message>
    <message>
        <source>Create a programme</source>
        <translation>Unda programu</translation>
    </message>
    <message>
        <source>Set its schedule; the sessions are created for you.</source>
        <translation>Weka ratiba yake; vipindi vinaundwa kwa ajili yako.</translation>
    </message>
    <message>
        <source>&amp;Import a roster</source>
        <translation>&amp;Ingiza orodha</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Ingiza orodha ya washiriki</translation>
    </message>
    <message>
        <source>Bring participants in from a CSV or Excel file.</source>
        <translation>Leta washiriki kutoka faili la CSV au Excel.</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>Fungua data ya maja&amp;ribio</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Fungua data ya majaribio</translation>
    </message>
    <message>
        <source>Four sample programmes with 150 participants, to try things out first.</source>
        <translation>Programu nne za mfano zenye washiriki 150, ili ujaribu kwanza.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
</context>
<context>
    <name>run_app</name>
    <message>
        <source>Created a new, empty data file at {0} (there was none there); if you meant another file, open that one instead.</source>
        <translation>Faili jipya la data, tupu, limeundwa kwenye {0} (hapakuwa na faili hapo); ikiwa ulikusudia faili jingine, lifungue hilo badala yake.</translation>
    </message>
</context>
</TS>
