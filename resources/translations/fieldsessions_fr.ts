<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Mon</source>
        <comment>weekday</comment>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>weekday</comment>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>weekday</comment>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>weekday</comment>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>weekday</comment>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>weekday</comment>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>weekday</comment>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>month abbreviation</comment>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>month abbreviation</comment>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>month abbreviation</comment>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>month abbreviation</comment>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month abbreviation</comment>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>month abbreviation</comment>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>month abbreviation</comment>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>month abbreviation</comment>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>month abbreviation</comment>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>month abbreviation</comment>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>month abbreviation</comment>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>month abbreviation</comment>
        <translation>déc.</translation>
    </message>
    <message>
        <source>.</source>
        <comment>decimal separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation>Effacer la marque</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Ajouter un non-inscrit</translation>
    </message>
    <message>
        <source>Find a person (or just type a name)</source>
        <translation>Trouver une personne (ou tapez simplement un nom)</translation>
    </message>
    <message>
        <source>Show everyone again</source>
        <translation>Afficher de nouveau tout le monde</translation>
    </message>
    <message>
        <source>First / last person</source>
        <translation>Première / dernière personne</translation>
    </message>
    <message>
        <source>Sessions tab</source>
        <translation>Onglet Séances</translation>
    </message>
    <message>
        <source>Roster tab</source>
        <translation>Onglet Participants</translation>
    </message>
    <message>
        <source>Reports tab</source>
        <translation>Onglet Rapports</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Marquer présent</translation>
    </message>
    <message>
        <source>Mark late</source>
        <translation>Marquer en retard</translation>
    </message>
    <message>
        <source>Mark excused</source>
        <translation>Marquer excusé</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Marquer absent</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettre soulignée</translation>
    </message>
    <message>
        <source>The button, field or tab with that letter underlined</source>
        <translation>Le bouton, le champ ou l&apos;onglet dont cette lettre est soulignée</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificat de réussite</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Nous certifions que</translation>
    </message>
    <message>
        <source>has completed</source>
        <translation>a terminé</translation>
    </message>
    <message>
        <source>on %1, with %2 hours of attendance.</source>
        <translation>le %1, avec %2 heures de présence.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Valable jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Outcomes achieved</source>
        <translation>Acquis obtenus</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Participant ID %1</source>
        <translation>Identifiant du participant : %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Nobody has completed this programme yet.</source>
        <translation>Personne n&apos;a encore terminé ce programme.</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a range with only a start</comment>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a range with only an end</comment>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a date range</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>no sessions in this range (%1)</source>
        <translation>aucune séance dans cette période (%1)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Unknown export format %1; choose csv or xlsx.</source>
        <translation>Format d&apos;export inconnu : %1 ; choisissez csv ou xlsx.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titre de la séance</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>Identifiant du participant</translation>
    </message>
    <message>
        <source>Participant name</source>
        <translation>Nom du participant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Minutes attended</source>
        <translation>Minutes de présence</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Marqué par</translation>
    </message>
    <message>
        <source>Marked at (UTC)</source>
        <translation>Marqué le (UTC)</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Clé de la séance</translation>
    </message>
    <message>
        <source>Participant key</source>
        <translation>Clé du participant</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Sessions counted</source>
        <translation>Séances comptées</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>participant&apos;s external id</comment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Excused (left out)</source>
        <translation>Excusé (non compté)</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Encore à venir</translation>
    </message>
    <message>
        <source>Rate</source>
        <comment>attendance rate</comment>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Required</source>
        <comment>attendance rate</comment>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Best still possible</source>
        <translation>Meilleur possible</translation>
    </message>
    <message>
        <source>%1 — alert</source>
        <comment>absences in a row</comment>
        <translation>%1 — alerte</translation>
    </message>
    <message>
        <source>Attendance compliance</source>
        <translation>Conformité de présence</translation>
    </message>
    <message>
        <source>%1 % of sessions</source>
        <translation>%1 % des séances</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>État au</translation>
    </message>
    <message>
        <source>%1 with roll taken, %2 with roll missing or incomplete, %3 to come</source>
        <translation>%1 avec appel fait, %2 avec appel manquant ou incomplet, %3 à venir</translation>
    </message>
    <message>
        <source>Alert after</source>
        <translation>Alerte après</translation>
    </message>
    <message>
        <source>1 absence in a row</source>
        <translation>1 absence d&apos;affilée</translation>
    </message>
    <message>
        <source>%1 absences in a row</source>
        <translation>%1 absences d&apos;affilée</translation>
    </message>
    <message>
        <source>off</source>
        <comment>absence alert</comment>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>1 participant: %2.</source>
        <translation>1 participant : %2.</translation>
    </message>
    <message>
        <source>%1 participants: %2.</source>
        <translation>%1 participants : %2.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this programme.</source>
        <translation>Personne n&apos;est inscrit à ce programme.</translation>
    </message>
    <message>
        <source>Rate = attended ÷ sessions counted. Sessions counted are those held since the participant enrolled whose roll was taken; a session whose roll is missing (one before they enrolled too: it can still be entered with them on it) is counted once its roll is taken, and until then is among those still to come. Best still possible = the rate if every session still to come is attended.</source>
        <translation>Taux = présences ÷ séances comptées. Les séances comptées sont celles tenues depuis l&apos;inscription du participant et dont l&apos;appel a été fait ; une séance sans appel (même antérieure à son inscription : on peut encore la saisir avec lui dedans) est comptée dès que son appel est fait, et d&apos;ici là fait partie des séances à venir. Meilleur possible = le taux si le participant assiste à toutes les séances encore à venir.</translation>
    </message>
    <message>
        <source>Attendance compliance — %1</source>
        <translation>Conformité de présence — %1</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Taux %</translation>
    </message>
    <message>
        <source>Required %</source>
        <translation>Requis %</translation>
    </message>
    <message>
        <source>Best still possible %</source>
        <translation>Meilleur possible %</translation>
    </message>
    <message>
        <source>Absences in a row</source>
        <translation>Absences d&apos;affilée</translation>
    </message>
    <message>
        <source>Absence alert</source>
        <translation>Alerte d&apos;absence</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Hours in period</source>
        <translation>Heures sur la période</translation>
    </message>
    <message>
        <source>Hours to date</source>
        <translation>Heures à ce jour</translation>
    </message>
    <message>
        <source>Budget (hours)</source>
        <translation>Budget (heures)</translation>
    </message>
    <message>
        <source>Remaining (hours)</source>
        <translation>Restant (heures)</translation>
    </message>
    <message>
        <source>Beyond budget (hours)</source>
        <translation>Au-delà du budget (heures)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latin</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grec</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cyrillique</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>arménien</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>géorgien</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>dévanagari</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>bengali</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>tamoul</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thaï</translation>
    </message>
    <message>
        <source>Ethiopic</source>
        <translation>éthiopien</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>khmer</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>birman</translation>
    </message>
    <message>
        <source>Chinese/Japanese (Han)</source>
        <translation>chinois/japonais (han)</translation>
    </message>
    <message>
        <source>Japanese (Hiragana)</source>
        <translation>japonais (hiragana)</translation>
    </message>
    <message>
        <source>Japanese (Katakana)</source>
        <translation>japonais (katakana)</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <translation>coréen (hangul)</translation>
    </message>
    <message>
        <source>The font file %1 was not found in %2, so reports cannot be printed; reinstall fieldsessions.</source>
        <translation>Le fichier de police %1 est introuvable dans %2 : les rapports ne peuvent pas être imprimés ; réinstallez fieldsessions.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a script</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <source>No font on this computer draws the %1 script, so these names print as empty boxes: %2 (install a font for it, e.g. Noto Sans).</source>
        <translation>Aucune police de cet ordinateur ne dessine l&apos;écriture %1 : ces noms s&apos;impriment comme des cases vides : %2 (installez une police pour elle, p. ex. Noto Sans).</translation>
    </message>
    <message>
        <source>No font on this computer draws the %1 scripts, so these names print as empty boxes: %2 (install fonts for them, e.g. Noto Sans).</source>
        <translation>Aucune police de cet ordinateur ne dessine les écritures %1 : ces noms s&apos;impriment comme des cases vides : %2 (installez des polices pour elles, p. ex. Noto Sans).</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>excused counts as attended</source>
        <translation>excusé compte comme présent</translation>
    </message>
    <message>
        <source>excused is left out of the rate</source>
        <translation>excusé ne compte pas dans le taux</translation>
    </message>
    <message>
        <source>excused counts as absent</source>
        <translation>excusé compte comme absent</translation>
    </message>
    <message>
        <source>%1: </source>
        <comment>field label on a printed page</comment>
        <translation>%1 : </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write %1: that names a folder; give a file name.</source>
        <translation>Impossible d&apos;écrire %1 : c&apos;est le nom d&apos;un dossier ; donnez un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;écrire %1 : le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder; give a file name in it.</source>
        <translation>Impossible d&apos;écrire %1 : c&apos;est un dossier ; donnez un nom de fichier dedans.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not an ordinary file (a device, pipe or socket), so it is left alone; give a file name.</source>
        <translation>Impossible d&apos;écrire %1 : ce n&apos;est pas un fichier ordinaire (un périphérique, un tube ou une socket), il n&apos;est donc pas touché ; donnez un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: files cannot be written there (the folder %2 takes no new files).</source>
        <translation>Impossible d&apos;écrire %1 : aucun fichier ne peut y être écrit (le dossier %2 n&apos;accepte pas de nouveaux fichiers).</translation>
    </message>
    <message>
        <source>Printed %1 with fieldsessions</source>
        <translation>Imprimé le %1 avec fieldsessions</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>attendance mark</comment>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>attendance mark</comment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Excused</source>
        <comment>attendance mark</comment>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>attendance mark</comment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Unknown sheet layout %1; choose one of: %2.</source>
        <translation>Mise en page de feuille inconnue : %1 ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>The number of blank walk-in rows must be between 0 and 500.</source>
        <translation>Le nombre de lignes vides pour les non-inscrits doit être entre 0 et 500.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Code de la séance</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>participant ID column</comment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Nobody is booked for this session yet.</source>
        <translation>Personne n&apos;est encore inscrit à cette séance.</translation>
    </message>
    <message>
        <source>Walk-ins — people not listed above: write their name, and their ID or phone.</source>
        <translation>Non-inscrits — personnes absentes de la liste ci-dessus : écrivez leur nom, et leur identifiant ou téléphone.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a mark and its count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not marked %1</source>
        <translation>Non marqué %1</translation>
    </message>
    <message>
        <source>Recorded marks: %1.</source>
        <translation>Marques enregistrées : %1.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s signature:</source>
        <translation>Signature de l&apos;animateur :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Attendance record</source>
        <translation>Relevé de présence</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <comment>document title: report, programme, date</comment>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>Unknown paper size %1; choose one of: %2.</source>
        <translation>Format de papier inconnu : %1 ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>The number of blank rows must be between 0 and 500.</source>
        <translation>Le nombre de lignes vides doit être entre 0 et 500.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>A eu lieu</translation>
    </message>
    <message>
        <source>Didn&apos;t happen — reason:</source>
        <translation>N&apos;a pas eu lieu — motif :</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Rapport de séance</translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation>Thèmes vus</translation>
    </message>
    <message>
        <source>Other topics:</source>
        <translation>Autres thèmes :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Pas de notes.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Tick each outcome the participant achieved</source>
        <translation>Cochez chaque acquis obtenu par le participant</translation>
    </message>
    <message>
        <source>Tick each outcome the participant achieved — outcomes %1 to %2</source>
        <translation>Cochez chaque acquis obtenu par le participant — acquis %1 à %2</translation>
    </message>
    <message>
        <source>This session has no outcomes to tick off.</source>
        <translation>Cette séance n&apos;a aucun acquis à cocher.</translation>
    </message>
    <message>
        <source>Outcome tick-off — recorded</source>
        <translation>Validation des acquis — enregistrée</translation>
    </message>
    <message>
        <source>Outcome tick-off</source>
        <translation>Validation des acquis</translation>
    </message>
    <message>
        <source>run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen (the commands, such as `fieldsessions --help`, need no display).</source>
        <translation>lancez-la dans une session de bureau, ou définissez QT_QPA_PLATFORM=offscreen pour la lancer sans écran (les commandes, comme `fieldsessions --help`, n&apos;ont pas besoin d&apos;écran).</translation>
    </message>
    <message>
        <source>the app cannot open its window: no display answers at DISPLAY=%1; %2</source>
        <translation>l&apos;application ne peut pas ouvrir sa fenêtre : aucun affichage ne répond à DISPLAY=%1 ; %2</translation>
    </message>
    <message>
        <source>the app cannot open its window: there is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set); run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen (the commands, such as `fieldsessions --help`, need no display).</source>
        <translation>l&apos;application ne peut pas ouvrir sa fenêtre : il n&apos;y a pas d&apos;affichage graphique ici (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini) ; lancez-la dans une session de bureau, ou définissez QT_QPA_PLATFORM=offscreen pour la lancer sans écran (les commandes, comme `fieldsessions --help`, n&apos;ont pas besoin d&apos;écran).</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valable : %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valable : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir « %(filename)s » : %(error)s</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1 : erreur : %2</translation>
    </message>
    <message>
        <source>Attendance, roll call and reports for facilitators. With no command, the desktop app starts.</source>
        <translation>Présence, appel et rapports pour les animateurs. Sans commande, l&apos;application de bureau démarre.</translation>
    </message>
    <message>
        <source>the data file (default: $FIELDSESSIONS_DB or the platform&apos;s user data folder)</source>
        <translation>le fichier de données (par défaut : $FIELDSESSIONS_DB ou le dossier de données utilisateur du système)</translation>
    </message>
    <message>
        <source>log more</source>
        <translation>journal plus détaillé</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>unexpected error (%1: %2). %3; please report it.</source>
        <translation>erreur inattendue (%1 : %2). %3 ; merci de la signaler.</translation>
    </message>
    <message>
        <source>Details are in the log file %1</source>
        <translation>Les détails sont dans le fichier journal %1</translation>
    </message>
    <message>
        <source>No log file could be written (run again with -v to see the details)</source>
        <translation>Aucun fichier journal n&apos;a pu être écrit (relancez avec -v pour voir les détails)</translation>
    </message>
    <message>
        <source>the data file</source>
        <translation>le fichier de données</translation>
    </message>
    <message>
        <source>--db was given an empty path; give the path of a data file, such as %1, or leave --db out for that one.</source>
        <translation>--db a reçu un chemin vide ; donnez le chemin d&apos;un fichier de données, comme %1, ou omettez --db pour utiliser celui-là.</translation>
    </message>
    <message>
        <source>note: created the folder %1 and a new, empty data file at %2 (there was none there).</source>
        <translation>note : création du dossier %1 et d&apos;un nouveau fichier de données vide dans %2 (il n&apos;y en avait pas).</translation>
    </message>
    <message>
        <source>note: created a new, empty data file at %1 (there was none there).</source>
        <translation>note : création d&apos;un nouveau fichier de données vide dans %1 (il n&apos;y en avait pas).</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>present</source>
        <comment>attendance mark</comment>
        <translation>présent</translation>
    </message>
    <message>
        <source>late</source>
        <comment>attendance mark</comment>
        <translation>en retard</translation>
    </message>
    <message>
        <source>excused</source>
        <comment>attendance mark</comment>
        <translation>excusé</translation>
    </message>
    <message>
        <source>absent</source>
        <comment>attendance mark</comment>
        <translation>absent</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>attendance mark</comment>
        <translation>non marqué</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>doit être au moins 1</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>doit être un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>Demo data created in %1: %2, %3, %4, %5. Nothing in this demo file is sent to a server.</source>
        <translation>Données de démonstration créées dans %1 : %2, %3, %4, %5. Rien dans ce fichier de démonstration n&apos;est envoyé à un serveur.</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>1 programme</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1 programmes</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 séances</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 marque</translation>
    </message>
    <message>
        <source>%1 marks</source>
        <translation>%1 marques</translation>
    </message>
    <message>
        <source>--nth-weekday goes with --monthly or --quarterly.</source>
        <translation>--nth-weekday va avec --monthly ou --quarterly.</translation>
    </message>
    <message>
        <source>--nth-weekday looks like 2:tue or last:fri.</source>
        <translation>--nth-weekday s&apos;écrit comme 2:tue ou last:fri.</translation>
    </message>
    <message>
        <source>warning: %1.</source>
        <translation>attention : %1.</translation>
    </message>
    <message>
        <source>note: %1 is not a date of this schedule, so --exclude left nothing out for it.</source>
        <translation>note : %1 n&apos;est pas une date de ce calendrier, donc --exclude n&apos;a rien retiré pour elle.</translation>
    </message>
    <message>
        <source>Programme %1 created (%2): %3.</source>
        <translation>Programme %1 créé (%2) : %3.</translation>
    </message>
    <message>
        <source>1 session scheduled</source>
        <translation>1 séance prévue</translation>
    </message>
    <message>
        <source>%1 sessions scheduled</source>
        <translation>%1 séances prévues</translation>
    </message>
    <message>
        <source>id</source>
        <comment>column</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <comment>column</comment>
        <translation>nom</translation>
    </message>
    <message>
        <source>schedule</source>
        <comment>column</comment>
        <translation>calendrier</translation>
    </message>
    <message>
        <source>sessions</source>
        <comment>column</comment>
        <translation>séances</translation>
    </message>
    <message>
        <source>enrolled</source>
        <comment>column</comment>
        <translation>inscrits</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <comment>column</comment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>capacity</source>
        <comment>column</comment>
        <translation>places</translation>
    </message>
    <message>
        <source>No programmes yet; add one with `fieldsessions programme add`.</source>
        <translation>Pas encore de programme ; ajoutez-en un avec `fieldsessions programme add`.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>session state</comment>
        <translation>prévue</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>session state</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>session state</comment>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>session state</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>didn&apos;t happen</source>
        <comment>session state</comment>
        <translation>n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>not taken</source>
        <comment>roll</comment>
        <translation>non fait</translation>
    </message>
    <message>
        <source>incomplete</source>
        <comment>roll</comment>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>roll</comment>
        <translation>complet</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est avant la date de début.</translation>
    </message>
    <message>
        <source>date</source>
        <comment>column</comment>
        <translation>date</translation>
    </message>
    <message>
        <source>start</source>
        <comment>column</comment>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <comment>column</comment>
        <translation>fin</translation>
    </message>
    <message>
        <source>programme</source>
        <comment>column</comment>
        <translation>programme</translation>
    </message>
    <message>
        <source>status</source>
        <comment>column</comment>
        <translation>statut</translation>
    </message>
    <message>
        <source>marked</source>
        <comment>column</comment>
        <translation>marqués</translation>
    </message>
    <message>
        <source>roll</source>
        <comment>column</comment>
        <translation>appel</translation>
    </message>
    <message>
        <source>external id</source>
        <comment>column</comment>
        <translation>id externe</translation>
    </message>
    <message>
        <source>group</source>
        <comment>column</comment>
        <translation>groupe</translation>
    </message>
    <message>
        <source>enrolment</source>
        <comment>column</comment>
        <translation>inscription</translation>
    </message>
    <message>
        <source>No participants match.</source>
        <translation>Aucun participant ne correspond.</translation>
    </message>
    <message>
        <source>No participants yet; add them with `fieldsessions import-roster`.</source>
        <translation>Pas encore de participants ; ajoutez-les avec `fieldsessions import-roster`.</translation>
    </message>
    <message>
        <source>booked</source>
        <comment>booking</comment>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <comment>booking</comment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>booking</comment>
        <translation>annulé</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Imported %1; enrolled %2, waitlisted %3; skipped %4.</source>
        <translation>Importés : %1 ; inscrits %2, en attente %3 ; ignorés %4.</translation>
    </message>
    <message>
        <source>Imported %1; skipped %2.</source>
        <translation>Importés : %1 ; ignorés %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The file it replaced was kept as %3. Changes made after that backup are not in it; a sync brings back what the server has.</source>
        <translation>%1 restauré depuis %2. Le fichier remplacé a été gardé sous %3. Les modifications faites après cette sauvegarde n&apos;y sont pas ; une synchronisation ramène ce que le serveur a.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. Changes made after that backup are not in it; a sync brings back what the server has.</source>
        <translation>%1 restauré depuis %2. Les modifications faites après cette sauvegarde n&apos;y sont pas ; une synchronisation ramène ce que le serveur a.</translation>
    </message>
    <message>
        <source>%1 was already marked %2; nothing changed.</source>
        <translation>%1 était déjà marqué(e) %2 ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <comment>column</comment>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column</comment>
        <translation>Modification</translation>
    </message>
    <message>
        <source>By</source>
        <comment>column</comment>
        <translation>Par</translation>
    </message>
    <message>
        <source>Device</source>
        <comment>column</comment>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column</comment>
        <translation>Motif</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>(received without its own entry)</source>
        <translation>(reçue sans sa propre entrée)</translation>
    </message>
    <message>
        <source>%1 has no mark in this session and never had one.</source>
        <translation>%1 n&apos;a aucune marque dans cette séance et n&apos;en a jamais eu.</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 inscription</translation>
    </message>
    <message>
        <source>%1 bookings</source>
        <translation>%1 inscriptions</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it was deleted with its %2 and %3, here and on the server at the next sync.</source>
        <translation>Le programme %1 n&apos;a rien d&apos;enregistré : il a été supprimé avec ses %2 et %3, ici et sur le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it is deleted with its %2 and %3, here and on the server at the next sync.</source>
        <translation>Le programme %1 n&apos;a rien d&apos;enregistré : il serait supprimé avec ses %2 et %3, ici et sur le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it was deleted with its %2, here and on the server at the next sync.</source>
        <translation>Le programme %1 n&apos;a rien d&apos;enregistré : il a été supprimé avec ses %2, ici et sur le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it is deleted with its %2, here and on the server at the next sync.</source>
        <translation>Le programme %1 n&apos;a rien d&apos;enregistré : il serait supprimé avec ses %2, ici et sur le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it was deleted with its %2, here and on the server at the next sync.</source>
        <translation>Le participant %1 n&apos;a rien d&apos;enregistré : il a été supprimé avec ses %2, ici et sur le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it is deleted with its %2, here and on the server at the next sync.</source>
        <translation>Le participant %1 n&apos;a rien d&apos;enregistré : il serait supprimé avec ses %2, ici et sur le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it was deleted, here and on the server at the next sync.</source>
        <translation>Le participant %1 n&apos;a rien d&apos;enregistré : il a été supprimé, ici et sur le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it is deleted, here and on the server at the next sync.</source>
        <translation>Le participant %1 n&apos;a rien d&apos;enregistré : il serait supprimé, ici et sur le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Programme %1 has %2 (marks, ticks or reports): it was archived, hidden from the lists, with every record kept.</source>
        <translation>Le programme %1 a %2 (marques, coches ou rapports) : il a été archivé, masqué des listes, avec tous ses enregistrements gardés.</translation>
    </message>
    <message>
        <source>Programme %1 has %2 (marks, ticks or reports): it is archived, hidden from the lists, with every record kept.</source>
        <translation>Le programme %1 a %2 (marques, coches ou rapports) : il serait archivé, masqué des listes, avec tous ses enregistrements gardés.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 enregistrement</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <source>%1 has %2: they were taken off every programme, with their history kept.</source>
        <translation>%1 a %2 : cette personne a été retirée de tous les programmes, avec son historique gardé.</translation>
    </message>
    <message>
        <source>%1 has %2: they are taken off every programme, with their history kept.</source>
        <translation>%1 a %2 : cette personne serait retirée de tous les programmes, avec son historique gardé.</translation>
    </message>
    <message>
        <source>1 mark or tick</source>
        <translation>1 marque ou coche</translation>
    </message>
    <message>
        <source>%1 marks or ticks</source>
        <translation>%1 marques ou coches</translation>
    </message>
    <message>
        <source>Nothing was changed: run again with --yes to confirm.</source>
        <translation>Rien n&apos;a été modifié : relancez avec --yes pour confirmer.</translation>
    </message>
    <message>
        <source>(not set: fieldsessions settings --facilitator NAME)</source>
        <translation>(non défini : fieldsessions settings --facilitator NOM)</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Animateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Ordinateur : %1</translation>
    </message>
    <message>
        <source>fill an empty data file with realistic demo data</source>
        <translation>remplir un fichier de données vide avec des données de démonstration réalistes</translation>
    </message>
    <message>
        <source>show or set this laptop&apos;s facilitator name (printed on sheets and reports) and device name</source>
        <translation>afficher ou définir le nom de l&apos;animateur de cet ordinateur (imprimé sur les feuilles et les rapports) et le nom de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>this laptop&apos;s name</source>
        <translation>le nom de cet ordinateur</translation>
    </message>
    <message>
        <source>programmes: add, list</source>
        <translation>programmes : add, list</translation>
    </message>
    <message>
        <source>create a programme and schedule its sessions</source>
        <translation>créer un programme et prévoir ses séances</translation>
    </message>
    <message>
        <source>first date, YYYY-MM-DD</source>
        <translation>première date, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>a single session</source>
        <translation>une seule séance</translation>
    </message>
    <message>
        <source>weekdays, e.g. tue,thu</source>
        <translation>jours de la semaine, p. ex. tue,thu</translation>
    </message>
    <message>
        <source>every two weeks on these weekdays</source>
        <translation>toutes les deux semaines ces jours-là</translation>
    </message>
    <message>
        <source>on the start date&apos;s day number (29-31 fall on the last day of shorter months)</source>
        <translation>le même jour du mois que la date de début (29-31 tombent le dernier jour des mois plus courts)</translation>
    </message>
    <message>
        <source>any RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE</source>
        <translation>toute règle RFC 5545, p. ex. FREQ=WEEKLY;BYDAY=MO,WE</translation>
    </message>
    <message>
        <source>last date, YYYY-MM-DD</source>
        <translation>dernière date, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>number of sessions</source>
        <translation>nombre de séances</translation>
    </message>
    <message>
        <source>number of weeks from the start</source>
        <translation>nombre de semaines depuis le début</translation>
    </message>
    <message>
        <source>monthly/quarterly on the Nth weekday, e.g. 2:tue or last:fri</source>
        <translation>mensuel/trimestriel le Nième jour de la semaine, p. ex. 2:tue ou last:fri</translation>
    </message>
    <message>
        <source>a date with no session (repeat for each holiday)</source>
        <translation>une date sans séance (répétez pour chaque jour férié)</translation>
    </message>
    <message>
        <source>start time HH:MM (default 09:00)</source>
        <translation>heure de début HH:MM (par défaut 09:00)</translation>
    </message>
    <message>
        <source>minutes (default 60)</source>
        <translation>minutes (par défaut 60)</translation>
    </message>
    <message>
        <source>e.g. Africa/Nairobi (default UTC)</source>
        <translation>p. ex. Africa/Nairobi (par défaut UTC)</translation>
    </message>
    <message>
        <source>online link</source>
        <translation>lien en ligne</translation>
    </message>
    <message>
        <source>how excused absences count (default: excluded from the rate)</source>
        <translation>comment comptent les absences excusées (par défaut : exclues du taux)</translation>
    </message>
    <message>
        <source>repeat per outcome</source>
        <translation>répétez pour chaque acquis</translation>
    </message>
    <message>
        <source>repeat per topic</source>
        <translation>répétez pour chaque thème</translation>
    </message>
    <message>
        <source>list programmes</source>
        <translation>lister les programmes</translation>
    </message>
    <message>
        <source>delete a programme with nothing recorded in it, else archive it (asks for --yes)</source>
        <translation>supprimer un programme où rien n&apos;est enregistré, sinon l&apos;archiver (demande --yes)</translation>
    </message>
    <message>
        <source>programme id or name</source>
        <translation>id ou nom du programme</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>confirmer</translation>
    </message>
    <message>
        <source>sessions: list</source>
        <translation>séances : list</translation>
    </message>
    <message>
        <source>list sessions</source>
        <translation>lister les séances</translation>
    </message>
    <message>
        <source>participants: list</source>
        <translation>participants : list</translation>
    </message>
    <message>
        <source>list participants</source>
        <translation>lister les participants</translation>
    </message>
    <message>
        <source>only those enrolled in this programme</source>
        <translation>seulement ceux inscrits à ce programme</translation>
    </message>
    <message>
        <source>part of a name or ID</source>
        <translation>partie d&apos;un nom ou d&apos;un identifiant</translation>
    </message>
    <message>
        <source>delete a person with nothing recorded, else take them off every programme (asks for --yes)</source>
        <translation>supprimer une personne sans rien d&apos;enregistré, sinon la retirer de tous les programmes (demande --yes)</translation>
    </message>
    <message>
        <source>participant id or external id</source>
        <translation>id ou id externe du participant</translation>
    </message>
    <message>
        <source>import participants from CSV or XLSX</source>
        <translation>importer des participants depuis un CSV ou XLSX</translation>
    </message>
    <message>
        <source>enrol everyone in this programme</source>
        <translation>inscrire tout le monde à ce programme</translation>
    </message>
    <message>
        <source>put a backup of the data file back in place (the newest one unless --backup is given); the file it replaces is kept</source>
        <translation>remettre en place une sauvegarde du fichier de données (la plus récente, sauf si --backup est donné) ; le fichier remplacé est gardé</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>mark one participant in one session</source>
        <translation>marquer un participant dans une séance</translation>
    </message>
    <message>
        <source>partial duration attended</source>
        <translation>durée partielle de présence</translation>
    </message>
    <message>
        <source>who marks (default: this laptop&apos;s facilitator)</source>
        <translation>qui marque (par défaut : l&apos;animateur de cet ordinateur)</translation>
    </message>
    <message>
        <source>every change of one participant&apos;s mark in one session, from every laptop that has synced, oldest first</source>
        <translation>chaque modification de la marque d&apos;un participant dans une séance, de tous les ordinateurs synchronisés, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <source>%1: already booked in %2; nothing changed.</source>
        <translation>%1 : déjà inscrit(e) à %2 ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1: booked in %2.</source>
        <translation>%1 : inscrit(e) à %2.</translation>
    </message>
    <message>
        <source>%1: already put on the waiting list (it is full) in %2; nothing changed.</source>
        <translation>%1 : déjà sur la liste d&apos;attente (le programme est complet) de %2 ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1: put on the waiting list (it is full) in %2.</source>
        <translation>%1 : mis(e) sur la liste d&apos;attente (le programme est complet) de %2.</translation>
    </message>
    <message>
        <source>%1: already no longer booked in %2; nothing changed.</source>
        <translation>%1 : déjà plus inscrit(e) à %2 ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1: no longer booked in %2.</source>
        <translation>%1 : n&apos;est plus inscrit(e) à %2.</translation>
    </message>
    <message>
        <source>%1&apos;s place in %2 is cancelled. %3 was booked from the waiting list.</source>
        <translation>La place de %1 dans %2 est annulée. %3 a été inscrit(e) depuis la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>%1&apos;s place in %2 is cancelled.</source>
        <translation>La place de %1 dans %2 est annulée.</translation>
    </message>
    <message>
        <source>give either --participant (someone registered) or --name.</source>
        <translation>donnez soit --participant (une personne enregistrée), soit --name.</translation>
    </message>
    <message>
        <source>%1 is already on this roll, marked %2; nothing changed.</source>
        <translation>%1 est déjà sur cette liste, marqué(e) %2 ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1 is already on this roll, marked %2; nothing changed (use mark to change it).</source>
        <translation>%1 est déjà sur cette liste, marqué(e) %2 ; rien n&apos;a changé (utilisez mark pour le modifier).</translation>
    </message>
    <message>
        <source>%1 is already registered; mark them with --participant ID, or add another person with --new.</source>
        <translation>%1 est déjà enregistré(e) ; marquez cette personne avec --participant ID, ou ajoutez une autre personne avec --new.</translation>
    </message>
    <message>
        <source>%1 are already registered; mark them with --participant ID, or add another person with --new.</source>
        <translation>%1 sont déjà enregistrés ; marquez-les avec --participant ID, ou ajoutez une autre personne avec --new.</translation>
    </message>
    <message>
        <source>%1 walked in: marked %2 (added as a new person).</source>
        <translation>%1, non-inscrit(e) : marqué(e) %2 (ajouté(e) comme nouvelle personne).</translation>
    </message>
    <message>
        <source>%1 walked in: marked %2.</source>
        <translation>%1, non-inscrit(e) : marqué(e) %2.</translation>
    </message>
    <message>
        <source>this session has %1; it would be kept but stop counting in every figure until it is reinstated. Nothing was changed: run again with --yes to confirm.</source>
        <translation>cette séance a %1 ; elle serait gardée mais ne compterait plus dans aucun chiffre jusqu&apos;à ce que la séance soit rétablie. Rien n&apos;a été modifié : relancez avec --yes pour confirmer.</translation>
    </message>
    <message>
        <source>this session has %1; they would be kept but stop counting in every figure until it is reinstated. Nothing was changed: run again with --yes to confirm.</source>
        <translation>cette séance a %1 ; elles seraient gardées mais ne compteraient plus dans aucun chiffre jusqu&apos;à ce que la séance soit rétablie. Rien n&apos;a été modifié : relancez avec --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Its %1 is kept but does not count until it is reinstated.</source>
        <translation>%1 est gardée mais ne compte pas jusqu&apos;à ce que la séance soit rétablie.</translation>
    </message>
    <message>
        <source>Its %1 are kept but do not count until it is reinstated.</source>
        <translation>%1 sont gardées mais ne comptent pas jusqu&apos;à ce que la séance soit rétablie.</translation>
    </message>
    <message>
        <source>Cancelled: %1, %2 %3-%4 (%5).</source>
        <translation>Annulée : %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>Recorded as not having happened: %1, %2 %3-%4 (%5).</source>
        <translation>Enregistrée comme n&apos;ayant pas eu lieu : %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>Nothing to change: the session of %1 %2 (%3) is neither cancelled nor recorded as not having happened.</source>
        <translation>Rien à modifier : la séance du %1 %2 (%3) n&apos;est ni annulée ni enregistrée comme n&apos;ayant pas eu lieu.</translation>
    </message>
    <message>
        <source>Reinstated: %1, %2 %3-%4 (%5).</source>
        <translation>Rétablie : %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>Added: %1, %2 %3-%4 (%5).</source>
        <translation>Ajoutée : %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>say what to change: --date, --time or --duration.</source>
        <translation>indiquez quoi modifier : --date, --time ou --duration.</translation>
    </message>
    <message>
        <source>Changed: %1, %2 %3-%4 (%5).</source>
        <translation>Modifiée : %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; pending (mark cleared).</source>
        <translation>%1 : %2 -&gt; non marqué (marque effacée).</translation>
    </message>
    <message>
        <source>%1 had no mark in this session; nothing changed.</source>
        <translation>%1 n&apos;avait aucune marque dans cette séance ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Marked 0 people present; everyone already had a mark.</source>
        <translation>0 personne marquée présente ; tout le monde avait déjà une marque.</translation>
    </message>
    <message>
        <source>Marked 0 people absent; everyone already had a mark.</source>
        <translation>0 personne marquée absente ; tout le monde avait déjà une marque.</translation>
    </message>
    <message>
        <source>Marked 1 person present.</source>
        <translation>1 personne marquée présente.</translation>
    </message>
    <message>
        <source>Marked %1 people present.</source>
        <translation>%1 personnes marquées présentes.</translation>
    </message>
    <message>
        <source>Marked 1 person absent.</source>
        <translation>1 personne marquée absente.</translation>
    </message>
    <message>
        <source>Marked %1 people absent.</source>
        <translation>%1 personnes marquées absentes.</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>completion</comment>
        <translation>valide</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <comment>completion</comment>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>completion</comment>
        <translation>expiré</translation>
    </message>
    <message>
        <source>%1 on %2 (a completion valid %3):</source>
        <translation>%1 au %2 (une réussite est valable %3) :</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 on %2 (a completion never expires):</source>
        <translation>%1 au %2 (une réussite n&apos;expire jamais) :</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>completion</comment>
        <translation>terminé</translation>
    </message>
    <message>
        <source>met, not recorded</source>
        <comment>completion</comment>
        <translation>atteint, non enregistré</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>completion</comment>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>never</source>
        <comment>expires</comment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>completion</source>
        <comment>column</comment>
        <translation>réussite</translation>
    </message>
    <message>
        <source>completed on</source>
        <comment>column</comment>
        <translation>terminé le</translation>
    </message>
    <message>
        <source>expires</source>
        <comment>column</comment>
        <translation>expire</translation>
    </message>
    <message>
        <source>as of then</source>
        <comment>column</comment>
        <translation>à cette date</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet.</source>
        <translation>Personne n&apos;est encore inscrit.</translation>
    </message>
    <message>
        <source>book a participant into a programme (waitlisted when full)</source>
        <translation>inscrire un participant à un programme (liste d&apos;attente si complet)</translation>
    </message>
    <message>
        <source>cancel a booking or waitlist place (the first waitlisted person gets a freed place)</source>
        <translation>annuler une inscription ou une place en liste d&apos;attente (la première personne en attente reçoit la place libérée)</translation>
    </message>
    <message>
        <source>programme name or id</source>
        <translation>nom ou id du programme</translation>
    </message>
    <message>
        <source>add someone at the door and mark them</source>
        <translation>ajouter une personne à l&apos;entrée et la marquer</translation>
    </message>
    <message>
        <source>someone already registered</source>
        <translation>une personne déjà enregistrée</translation>
    </message>
    <message>
        <source>a new person&apos;s name</source>
        <translation>le nom d&apos;une nouvelle personne</translation>
    </message>
    <message>
        <source>their ID (an existing person with it is used)</source>
        <translation>son identifiant (une personne existante qui l&apos;a est utilisée)</translation>
    </message>
    <message>
        <source>add a new person even when someone registered matches --name</source>
        <translation>ajouter une nouvelle personne même si une personne enregistrée correspond à --name</translation>
    </message>
    <message>
        <source>one session: cancel, didnt-happen, reinstate, add, change</source>
        <translation>une séance : cancel, didnt-happen, reinstate, add, change</translation>
    </message>
    <message>
        <source>cancel a session, with the reason</source>
        <translation>annuler une séance, avec le motif</translation>
    </message>
    <message>
        <source>record that a session that started did not take place, with the reason</source>
        <translation>enregistrer qu&apos;une séance commencée n&apos;a pas eu lieu, avec le motif</translation>
    </message>
    <message>
        <source>confirm for a session with marks or outcome ticks</source>
        <translation>confirmer pour une séance avec des marques ou des coches d&apos;acquis</translation>
    </message>
    <message>
        <source>undo a cancellation or a didn&apos;t-happen</source>
        <translation>défaire une annulation ou un « n&apos;a pas eu lieu »</translation>
    </message>
    <message>
        <source>add one extra session to a programme</source>
        <translation>ajouter une séance de plus à un programme</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>HH:MM (default: the programme&apos;s)</source>
        <translation>HH:MM (par défaut : celle du programme)</translation>
    </message>
    <message>
        <source>minutes (default: the programme&apos;s)</source>
        <translation>minutes (par défaut : celles du programme)</translation>
    </message>
    <message>
        <source>move one session or change its length</source>
        <translation>déplacer une séance ou changer sa durée</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>clear one participant&apos;s mark (back to pending)</source>
        <translation>effacer la marque d&apos;un participant (retour à non marqué)</translation>
    </message>
    <message>
        <source>mark everyone still pending present, or the rest absent</source>
        <translation>marquer présents tous ceux pas encore marqués, ou le reste absent</translation>
    </message>
    <message>
        <source>who completed a programme and whether it has expired on a date</source>
        <translation>qui a terminé un programme et si cela a expiré à une date</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>par défaut : aujourd&apos;hui</translation>
    </message>
    <message>
        <source>row %1  %2 (%3)</source>
        <translation>ligne %1  %2 (%3)</translation>
    </message>
    <message>
        <source>row %1  %2</source>
        <translation>ligne %1  %2</translation>
    </message>
    <message>
        <source>no box marked</source>
        <translation>aucune case cochée</translation>
    </message>
    <message>
        <source>%1: %2 (session %3), sheet page %4, rows %5-%6; read in %7 s</source>
        <translation>%1 : %2 (séance %3), page %4 de la feuille, lignes %5-%6 ; lu en %7 s</translation>
    </message>
    <message>
        <source>%1: %2 (session %3), sheet page %4, walk-in rows only; read in %7 s</source>
        <translation>%1 : %2 (séance %3), page %4 de la feuille, lignes des non-inscrits seulement ; lu en %7 s</translation>
    </message>
    <message>
        <source>The roll has changed since printing: these people are now rows %1-%2 on the laptop; they are matched by who they are, not by row.</source>
        <translation>La liste d&apos;appel a changé depuis l&apos;impression : ces personnes sont maintenant aux lignes %1-%2 sur l&apos;ordinateur ; elles sont reconnues par leur identité, pas par leur ligne.</translation>
    </message>
    <message>
        <source>Doubtful, a person must look:</source>
        <translation>Douteux, quelqu&apos;un doit vérifier :</translation>
    </message>
    <message>
        <source>%1: %2? %3 (confidence %4); the laptop has %5</source>
        <translation>%1 : %2 ? %3 (confiance %4) ; l&apos;ordinateur a %5</translation>
    </message>
    <message>
        <source>%1: %2? %3 (confidence %4)</source>
        <translation>%1 : %2 ? %3 (confiance %4)</translation>
    </message>
    <message>
        <source>No box marked on the paper, nothing on the laptop either (left pending):</source>
        <translation>Aucune case cochée sur le papier, rien sur l&apos;ordinateur non plus (laissé non marqué) :</translation>
    </message>
    <message>
        <source>Paper and laptop disagree (the laptop&apos;s mark is kept):</source>
        <translation>Le papier et l&apos;ordinateur ne concordent pas (la marque de l&apos;ordinateur est gardée) :</translation>
    </message>
    <message>
        <source>%1: paper says %2, the laptop has %3 (confidence %4)</source>
        <translation>%1 : le papier dit %2, l&apos;ordinateur a %3 (confiance %4)</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Lu :</translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3; the laptop has %4)</source>
        <translation>%1 : %2 (confiance %3 ; l&apos;ordinateur a %4)</translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3, already on the laptop)</source>
        <translation>%1 : %2 (confiance %3, déjà sur l&apos;ordinateur)</translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3)</source>
        <translation>%1 : %2 (confiance %3)</translation>
    </message>
    <message>
        <source>%1, %2 refused: %3, %4 doubtful, %5 with no box marked, %6.</source>
        <translation>%1, %2 refusée(s) : %3, %4 douteuse(s), %5 sans case cochée, %6.</translation>
    </message>
    <message>
        <source>1 page read</source>
        <translation>1 page lue</translation>
    </message>
    <message>
        <source>%1 pages read</source>
        <translation>%1 pages lues</translation>
    </message>
    <message>
        <source>1 mark to write</source>
        <translation>1 marque à écrire</translation>
    </message>
    <message>
        <source>%1 (doubtful) on %2</source>
        <translation>%1 (douteux) sur %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Page %1 of %2 was read twice: %3</source>
        <translation>La page %1 de %2 a été lue deux fois : %3</translation>
    </message>
    <message>
        <source>Page %1 of %2 was read %3 times: %4</source>
        <translation>La page %1 de %2 a été lue %3 fois : %4</translation>
    </message>
    <message>
        <source>1 row read differently on the copies is left for a person (listed above).</source>
        <translation>1 ligne lue différemment sur les copies est laissée à une personne (voir ci-dessus).</translation>
    </message>
    <message>
        <source>%1 rows read differently on the copies are left for a person (listed above).</source>
        <translation>%1 lignes lues différemment sur les copies sont laissées à une personne (voir ci-dessus).</translation>
    </message>
    <message>
        <source>the copies agree, it is written once.</source>
        <translation>les copies concordent, elle est écrite une seule fois.</translation>
    </message>
    <message>
        <source>row %1  %2, outcome %3 (%4)</source>
        <translation>ligne %1  %2, acquis %3 (%4)</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>coché</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>décoché</translation>
    </message>
    <message>
        <source>rows %1-%2</source>
        <translation>lignes %1-%2</translation>
    </message>
    <message>
        <source>no participant rows</source>
        <translation>aucune ligne de participant</translation>
    </message>
    <message>
        <source>outcomes %1-%2</source>
        <translation>acquis %1-%2</translation>
    </message>
    <message>
        <source>no outcomes</source>
        <translation>aucun acquis</translation>
    </message>
    <message>
        <source>%1: %2 (session %3), tick-off page %4, %5, %6; read in %7 s</source>
        <translation>%1 : %2 (séance %3), page %4 de la grille, %5, %6 ; lu en %7 s</translation>
    </message>
    <message>
        <source>  Read differently on the copies of this page (nothing written, a person decides):</source>
        <translation>  Lu différemment sur les copies de cette page (rien n&apos;est écrit, une personne décide) :</translation>
    </message>
    <message>
        <source>%1: the copies say %2</source>
        <translation>%1 : les copies disent %2</translation>
    </message>
    <message>
        <source>  Doubtful, a person must look:</source>
        <translation>  Douteux, quelqu&apos;un doit vérifier :</translation>
    </message>
    <message>
        <source>    %1: %2? %3 (confidence %4)</source>
        <translation>    %1 : %2 ? %3 (confiance %4)</translation>
    </message>
    <message>
        <source>; the laptop has it %1</source>
        <translation> ; sur l&apos;ordinateur : %1</translation>
    </message>
    <message>
        <source>  Paper and laptop disagree (the laptop&apos;s tick is kept):</source>
        <translation>  Le papier et l&apos;ordinateur ne concordent pas (la coche de l&apos;ordinateur est gardée) :</translation>
    </message>
    <message>
        <source>    %1: paper says %2, the laptop has it %3 (confidence %4)</source>
        <translation>    %1 : le papier dit %2, l&apos;ordinateur dit %3 (confiance %4)</translation>
    </message>
    <message>
        <source>  Ticked:</source>
        <translation>  Cochés :</translation>
    </message>
    <message>
        <source>    %1 (confidence %2, already on the laptop)</source>
        <translation>    %1 (confiance %2, déjà sur l&apos;ordinateur)</translation>
    </message>
    <message>
        <source>    %1 (confidence %2)</source>
        <translation>    %1 (confiance %2)</translation>
    </message>
    <message>
        <source>  Blank row %1 has outcome %2 ticked for someone not listed: not read; add them as a walk-in on the Roster tab, then tick them on the Outcomes tab.</source>
        <translation>  La ligne vide %1 a l&apos;acquis %2 coché pour une personne absente de la liste : non lu ; ajoutez-la comme non-inscrit dans l&apos;onglet Participants, puis cochez-la dans l&apos;onglet Acquis.</translation>
    </message>
    <message>
        <source>  Blank row %1 has outcomes %2 ticked for someone not listed: not read; add them as a walk-in on the Roster tab, then tick them on the Outcomes tab.</source>
        <translation>  La ligne vide %1 a les acquis %2 cochés pour une personne absente de la liste : non lu ; ajoutez-la comme non-inscrit dans l&apos;onglet Participants, puis cochez-la dans l&apos;onglet Acquis.</translation>
    </message>
    <message>
        <source>Read differently on the copies of this page (nothing written, a person decides):</source>
        <translation>Lu différemment sur les copies de cette page (rien n&apos;est écrit, une personne décide) :</translation>
    </message>
    <message>
        <source>%1 marks to write</source>
        <translation>%1 marques à écrire</translation>
    </message>
    <message>
        <source>%1 and %2 to write</source>
        <translation>%1 et %2 à écrire</translation>
    </message>
    <message>
        <source>1 tick</source>
        <translation>1 coche</translation>
    </message>
    <message>
        <source>%1 ticks</source>
        <translation>%1 coches</translation>
    </message>
    <message>
        <source>1 conflict with the laptop</source>
        <translation>1 conflit avec l&apos;ordinateur</translation>
    </message>
    <message>
        <source>%1 conflicts with the laptop</source>
        <translation>%1 conflits avec l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Skipped 1 blank page: %2.</source>
        <translation>1 page vide ignorée : %2.</translation>
    </message>
    <message>
        <source>Skipped %1 blank pages: %2.</source>
        <translation>%1 pages vides ignorées : %2.</translation>
    </message>
    <message>
        <source>1 walk-in row written in by hand, not added here: type it in with Read paper sheets… on the Roster tab, which shows each as written.</source>
        <translation>1 ligne de non-inscrit écrite à la main, non ajoutée ici : saisissez-la avec Lire les feuilles papier… dans l&apos;onglet Participants, qui montre chacune telle qu&apos;elle est écrite.</translation>
    </message>
    <message>
        <source>%1 walk-in rows written in by hand, not added here: type them in with Read paper sheets… on the Roster tab, which shows each as written.</source>
        <translation>%1 lignes de non-inscrits écrites à la main, non ajoutées ici : saisissez-les avec Lire les feuilles papier… dans l&apos;onglet Participants, qui montre chacune telle qu&apos;elle est écrite.</translation>
    </message>
    <message>
        <source>Nothing was written; run again with --accept to write the clear marks and ticks.</source>
        <translation>Rien n&apos;a été écrit ; relancez avec --accept pour écrire les marques et les coches claires.</translation>
    </message>
    <message>
        <source>Nothing was written; run again with --accept to write the clear marks.</source>
        <translation>Rien n&apos;a été écrit ; relancez avec --accept pour écrire les marques claires.</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>page %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1 in one go.</source>
        <translation>%1 écrites en une fois.</translation>
    </message>
    <message>
        <source>Wrote %1 in one go (%2), queued for sync.</source>
        <translation>%1 écrites en une fois (%2), en attente de synchronisation.</translation>
    </message>
    <message>
        <source>Wrote %1 in one go, queued for sync.</source>
        <translation>%1 écrites en une fois, en attente de synchronisation.</translation>
    </message>
    <message>
        <source>Page images kept in %1.</source>
        <translation>Images des pages gardées dans %1.</translation>
    </message>
    <message>
        <source>1 doubtful row</source>
        <translation>1 ligne douteuse</translation>
    </message>
    <message>
        <source>%1 doubtful rows</source>
        <translation>%1 lignes douteuses</translation>
    </message>
    <message>
        <source>1 person with no box marked</source>
        <translation>1 personne sans case cochée</translation>
    </message>
    <message>
        <source>%1 people with no box marked</source>
        <translation>%1 personnes sans case cochée</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflits</translation>
    </message>
    <message>
        <source>1 row read differently on two copies</source>
        <translation>1 ligne lue différemment sur deux copies</translation>
    </message>
    <message>
        <source>%1 rows read differently on two copies</source>
        <translation>%1 lignes lues différemment sur deux copies</translation>
    </message>
    <message>
        <source>1 refused page</source>
        <translation>1 page refusée</translation>
    </message>
    <message>
        <source>%1 refused pages</source>
        <translation>%1 pages refusées</translation>
    </message>
    <message>
        <source>Needs a person: %1 (listed above); mark them on the Roster tab or with `fieldsessions mark`, tick them on the Outcomes tab.</source>
        <translation>Il faut une personne : %1 (voir ci-dessus) ; marquez-les dans l&apos;onglet Participants ou avec `fieldsessions mark`, cochez-les dans l&apos;onglet Acquis.</translation>
    </message>
    <message>
        <source>Needs a person: %1 (listed above); mark them on the Roster tab or with `fieldsessions mark`.</source>
        <translation>Il faut une personne : %1 (voir ci-dessus) ; marquez-les dans l&apos;onglet Participants ou avec `fieldsessions mark`.</translation>
    </message>
    <message>
        <source>read signed attendance sheets and ticked tick-off templates back in from scans or photos (PDF, PNG, JPEG, TIFF); shows what was read, writes it with --accept</source>
        <translation>relire les feuilles de présence signées et les grilles à cocher remplies depuis des scans ou des photos (PDF, PNG, JPEG, TIFF) ; affiche ce qui a été lu, l&apos;écrit avec --accept</translation>
    </message>
    <message>
        <source>write the clear marks of people not yet marked on this laptop, and the clear ticks of boxes not yet set on it</source>
        <translation>écrire les marques claires des personnes pas encore marquées sur cet ordinateur, et les coches claires des cases pas encore remplies sur celui-ci</translation>
    </message>
    <message>
        <source>scanned pages or photos</source>
        <translation>pages scannées ou photos</translation>
    </message>
    <message>
        <source>must be between 0 and 500</source>
        <translation>doit être entre 0 et 500</translation>
    </message>
    <message>
        <source>-o was given an empty path; an output file is needed (-o FILE, or -o - for standard output).</source>
        <translation>-o a reçu un chemin vide ; il faut un fichier de sortie (-o FICHIER, ou -o - pour la sortie standard).</translation>
    </message>
    <message>
        <source>-o %1: standard error is kept for messages; give a file name, or -o - for standard output.</source>
        <translation>-o %1 : la sortie d&apos;erreur est réservée aux messages ; donnez un nom de fichier, ou -o - pour la sortie standard.</translation>
    </message>
    <message>
        <source>A %1 file would print as garbage on the terminal; redirect it (-o - &gt; file) or give a file name.</source>
        <translation>Un fichier %1 s&apos;afficherait comme du charabia dans le terminal ; redirigez-le (-o - &gt; fichier) ou donnez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 ends in .%2 but this writes %3; name it %4 or --format %2.</source>
        <translation>%1 finit par .%2 mais ceci écrit du %3 ; nommez-le %4 ou utilisez --format %2.</translation>
    </message>
    <message>
        <source>%1 ends in .%2 but this writes %3; name it %4.</source>
        <translation>%1 finit par .%2 mais ceci écrit du %3 ; nommez-le %4.</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4.</source>
        <translation>%1 écrit : %2, %3, %4.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2, %3, %4.</source>
        <translation>Écrit sur la sortie standard : %2, %3, %4.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note : %1</translation>
    </message>
    <message>
        <source>That session is cancelled; reinstate it first (fieldsessions session reinstate ID).</source>
        <translation>Cette séance est annulée ; rétablissez-la d&apos;abord (fieldsessions session reinstate ID).</translation>
    </message>
    <message>
        <source>That session is recorded as not having happened; reinstate it first (fieldsessions session reinstate ID).</source>
        <translation>Cette séance est enregistrée comme n&apos;ayant pas eu lieu ; rétablissez-la d&apos;abord (fieldsessions session reinstate ID).</translation>
    </message>
    <message>
        <source>attendance record</source>
        <translation>relevé de présence</translation>
    </message>
    <message>
        <source>attendance sheet</source>
        <translation>feuille de présence</translation>
    </message>
    <message>
        <source>tick-off template</source>
        <translation>grille à cocher</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <comment>participants x outcomes</comment>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>1 outcome</source>
        <translation>1 acquis</translation>
    </message>
    <message>
        <source>%1 outcomes</source>
        <translation>%1 acquis</translation>
    </message>
    <message>
        <source>compliance report</source>
        <translation>rapport de conformité</translation>
    </message>
    <message>
        <source>hours report</source>
        <translation>rapport des heures</translation>
    </message>
    <message>
        <source>1 period</source>
        <translation>1 période</translation>
    </message>
    <message>
        <source>%1 periods</source>
        <translation>%1 périodes</translation>
    </message>
    <message>
        <source>Nobody in %1 has completed it (or every completion has expired), so there is no certificate to print; no file was written.</source>
        <translation>Personne dans %1 ne l&apos;a terminé (ou toutes les réussites ont expiré), il n&apos;y a donc aucun certificat à imprimer ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificats</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>1 certificat</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 certificats</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1; add --format csv or --format xlsx.</source>
        <translation>Impossible de savoir le format de %1 ; ajoutez --format csv ou --format xlsx.</translation>
    </message>
    <message>
        <source>Wrote %1: %2.</source>
        <translation>%1 écrit : %2.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2.</source>
        <translation>Écrit sur la sortie standard : %2.</translation>
    </message>
    <message>
        <source>1 attendance line</source>
        <translation>1 ligne de présence</translation>
    </message>
    <message>
        <source>%1 attendance lines</source>
        <translation>%1 lignes de présence</translation>
    </message>
    <message>
        <source>1 participant line</source>
        <translation>1 ligne de participant</translation>
    </message>
    <message>
        <source>%1 participant lines</source>
        <translation>%1 lignes de participants</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Wrote %1: %2; %3.</source>
        <translation>%1 écrit : %2 ; %3.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2; %3.</source>
        <translation>Écrit sur la sortie standard : %2 ; %3.</translation>
    </message>
    <message>
        <source>Wrote %1: %2; no sessions in this range for %3.</source>
        <translation>%1 écrit : %2 ; aucune séance dans cette période pour %3.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2; no sessions in this range for %3.</source>
        <translation>Écrit sur la sortie standard : %2 ; aucune séance dans cette période pour %3.</translation>
    </message>
    <message>
        <source>first session date, YYYY-MM-DD</source>
        <translation>date de la première séance, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>last session date, YYYY-MM-DD</source>
        <translation>date de la dernière séance, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the file to write; - (or /dev/stdout) for standard output</source>
        <translation>le fichier à écrire ; - (ou /dev/stdout) pour la sortie standard</translation>
    </message>
    <message>
        <source>print a report to PDF: sheet, tickoff, compliance, hours, certificates</source>
        <translation>imprimer un rapport en PDF : sheet, tickoff, compliance, hours, certificates</translation>
    </message>
    <message>
        <source>the attendance sheet of a session</source>
        <translation>la feuille de présence d&apos;une séance</translation>
    </message>
    <message>
        <source>a tick box per status (default) or a column to sign</source>
        <translation>une case par statut (par défaut) ou une colonne pour signer</translation>
    </message>
    <message>
        <source>print the recorded marks</source>
        <translation>imprimer les marques enregistrées</translation>
    </message>
    <message>
        <source>blank rows for walk-ins (default 10, or 0 with --filled)</source>
        <translation>lignes vides pour les non-inscrits (10 par défaut, ou 0 avec --filled)</translation>
    </message>
    <message>
        <source>the outcome tick-off template and session report of a session</source>
        <translation>la grille à cocher des acquis et le rapport de séance d&apos;une séance</translation>
    </message>
    <message>
        <source>print the recorded ticks and session report</source>
        <translation>imprimer les coches et le rapport de séance enregistrés</translation>
    </message>
    <message>
        <source>blank rows (default 5, or 0 with --filled)</source>
        <translation>lignes vides (5 par défaut, ou 0 avec --filled)</translation>
    </message>
    <message>
        <source>attendance compliance of a programme</source>
        <translation>conformité de présence d&apos;un programme</translation>
    </message>
    <message>
        <source>hours per facilitator and participant, per period</source>
        <translation>heures par animateur et par participant, par période</translation>
    </message>
    <message>
        <source>a certificate per participant who completed</source>
        <translation>un certificat par participant ayant terminé</translation>
    </message>
    <message>
        <source>one table per month (default), week, or only the whole programme</source>
        <translation>un tableau par mois (par défaut), par semaine, ou seulement tout le programme</translation>
    </message>
    <message>
        <source>export to CSV or XLSX: attendance, compliance, hours</source>
        <translation>exporter en CSV ou XLSX : attendance, compliance, hours</translation>
    </message>
    <message>
        <source>attendance of held sessions</source>
        <translation>présence aux séances tenues</translation>
    </message>
    <message>
        <source>attendance compliance per participant</source>
        <translation>conformité de présence par participant</translation>
    </message>
    <message>
        <source>hours per facilitator and participant</source>
        <translation>heures par animateur et par participant</translation>
    </message>
    <message>
        <source>programme name or id (default: every programme)</source>
        <translation>nom ou id du programme (par défaut : tous les programmes)</translation>
    </message>
    <message>
        <source>default: from the output file&apos;s extension</source>
        <translation>par défaut : d&apos;après l&apos;extension du fichier de sortie</translation>
    </message>
    <message>
        <source>No reports are owed.</source>
        <translation>Aucun rapport à rendre.</translation>
    </message>
    <message>
        <source>period</source>
        <comment>column</comment>
        <translation>période</translation>
    </message>
    <message>
        <source>from</source>
        <comment>column</comment>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <comment>column</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>state</source>
        <comment>column</comment>
        <translation>état</translation>
    </message>
    <message>
        <source>key</source>
        <comment>column</comment>
        <translation>clé</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>report</comment>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due</source>
        <comment>report</comment>
        <translation>à rendre</translation>
    </message>
    <message>
        <source>1 owed, %2 overdue. Submit it with: fieldsessions reports submit --programme NAME --period KEY --notes TEXT</source>
        <translation>1 à rendre, %2 en retard. Envoyez-le avec : fieldsessions reports submit --programme NOM --period CLÉ --notes TEXTE</translation>
    </message>
    <message>
        <source>%1 owed, %2 overdue. Submit one with: fieldsessions reports submit --programme NAME --period KEY --notes TEXT</source>
        <translation>%1 à rendre, %2 en retard. Envoyez-en un avec : fieldsessions reports submit --programme NOM --period CLÉ --notes TEXTE</translation>
    </message>
    <message>
        <source>Report for %1 submitted.</source>
        <translation>Rapport pour %1 envoyé.</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>column</comment>
        <translation>acquis</translation>
    </message>
    <message>
        <source>achieved on</source>
        <comment>column</comment>
        <translation>obtenu le</translation>
    </message>
    <message>
        <source>No outcome achieved yet.</source>
        <translation>Aucun acquis obtenu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Pathway %1: %2</source>
        <translation>Parcours %1 : %2</translation>
    </message>
    <message>
        <source>complete on %1</source>
        <translation>terminé le %1</translation>
    </message>
    <message>
        <source>still needs %1</source>
        <translation>il manque encore %1</translation>
    </message>
    <message>
        <source>--any-of %1 needs two or more programmes separated by |.</source>
        <translation>--any-of %1 demande au moins deux programmes séparés par |.</translation>
    </message>
    <message>
        <source>Pathway %1 created (%2).</source>
        <translation>Parcours %1 créé (%2).</translation>
    </message>
    <message>
        <source>No pathways yet. Create one with: fieldsessions pathway add --name NAME --programme A --any-of &quot;B|C&quot;</source>
        <translation>Pas encore de parcours. Créez-en un avec : fieldsessions pathway add --name NOM --programme A --any-of &quot;B|C&quot;</translation>
    </message>
    <message>
        <source>needs</source>
        <comment>column</comment>
        <translation>exige</translation>
    </message>
    <message>
        <source>Nobody is booked on a programme of this pathway yet.</source>
        <translation>Personne n&apos;est encore inscrit à un programme de ce parcours.</translation>
    </message>
    <message>
        <source>standing</source>
        <comment>column</comment>
        <translation>situation</translation>
    </message>
    <message>
        <source>Wrote %1: %2 for %3 to %4, %5.</source>
        <translation>%1 écrit : %2 du %3 au %4, %5.</translation>
    </message>
    <message>
        <source>1 sheet</source>
        <translation>1 feuille</translation>
    </message>
    <message>
        <source>%1 sheets</source>
        <translation>%1 feuilles</translation>
    </message>
    <message>
        <source>the attendance sheets of every session in a date range, in one PDF (default: today and the next 13 days)</source>
        <translation>les feuilles de présence de toutes les séances d&apos;une période, dans un seul PDF (par défaut : aujourd&apos;hui et les 13 jours suivants)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>le PDF à écrire</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default today)</source>
        <translation>premier jour, AAAA-MM-JJ (par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default 13 days after the first)</source>
        <translation>dernier jour, AAAA-MM-JJ (par défaut 13 jours après le premier)</translation>
    </message>
    <message>
        <source>only this programme (id or name)</source>
        <translation>seulement ce programme (id ou nom)</translation>
    </message>
    <message>
        <source>paper size (default a4)</source>
        <translation>format du papier (a4 par défaut)</translation>
    </message>
    <message>
        <source>a participant&apos;s outcomes across programmes and their pathway progress</source>
        <translation>les acquis d&apos;un participant dans tous les programmes et sa progression dans les parcours</translation>
    </message>
    <message>
        <source>participant id or external ID</source>
        <translation>id ou identifiant externe du participant</translation>
    </message>
    <message>
        <source>completion pathways: add, list, status</source>
        <translation>parcours de réussite : add, list, status</translation>
    </message>
    <message>
        <source>create a pathway: every --programme, and any one of each --any-of group</source>
        <translation>créer un parcours : chaque --programme, et n&apos;importe lequel de chaque groupe --any-of</translation>
    </message>
    <message>
        <source>a programme the pathway needs (repeat)</source>
        <translation>un programme exigé par le parcours (à répéter)</translation>
    </message>
    <message>
        <source>programmes of which any one is enough, separated by | (repeat)</source>
        <translation>programmes dont un seul suffit, séparés par | (à répéter)</translation>
    </message>
    <message>
        <source>list the pathways and what each needs</source>
        <translation>lister les parcours et ce que chacun exige</translation>
    </message>
    <message>
        <source>who completed a pathway, and what the others still need</source>
        <translation>qui a terminé un parcours, et ce qu&apos;il manque encore aux autres</translation>
    </message>
    <message>
        <source>pathway id or exact name</source>
        <translation>id ou nom exact du parcours</translation>
    </message>
    <message>
        <source>reports owed: owed, submit</source>
        <translation>rapports à rendre : owed, submit</translation>
    </message>
    <message>
        <source>list the programme reports not written yet (due, or overdue a week after)</source>
        <translation>lister les rapports de programme pas encore rédigés (à rendre, ou en retard une semaine après)</translation>
    </message>
    <message>
        <source>only this programme (id or exact name)</source>
        <translation>seulement ce programme (id ou nom exact)</translation>
    </message>
    <message>
        <source>submit a report owed (a period&apos;s report, or a session&apos;s)</source>
        <translation>envoyer un rapport à rendre (le rapport d&apos;une période, ou d&apos;une séance)</translation>
    </message>
    <message>
        <source>programme id or exact name</source>
        <translation>id ou nom exact du programme</translation>
    </message>
    <message>
        <source>the period&apos;s key as `reports owed` shows it, e.g. month:2026-03</source>
        <translation>la clé de la période telle que `reports owed` l&apos;affiche, p. ex. month:2026-03</translation>
    </message>
    <message>
        <source>what the report says</source>
        <translation>ce que dit le rapport</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <comment>compliance</comment>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>compliant</source>
        <comment>compliance</comment>
        <translation>conforme</translation>
    </message>
    <message>
        <source>at risk</source>
        <comment>compliance</comment>
        <translation>à risque</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <comment>compliance</comment>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>attended</source>
        <comment>excused counts as</comment>
        <translation>présent</translation>
    </message>
    <message>
        <source>excluded</source>
        <comment>excused counts as</comment>
        <translation>exclu</translation>
    </message>
    <message>
        <source>absent</source>
        <comment>excused counts as</comment>
        <translation>absent</translation>
    </message>
    <message>
        <source>ALERT</source>
        <comment>absence alert</comment>
        <translation>ALERTE</translation>
    </message>
    <message>
        <source>%1: required attendance %2%, excused counts as %3, %4.</source>
        <translation>%1 : présence requise %2 %, excusé compte comme %3, %4.</translation>
    </message>
    <message>
        <source>alert after 1 absence in a row</source>
        <translation>alerte après 1 absence d&apos;affilée</translation>
    </message>
    <message>
        <source>alert after %1 absences in a row</source>
        <translation>alerte après %1 absences d&apos;affilée</translation>
    </message>
    <message>
        <source>%1: required attendance %2%, excused counts as %3, no alert for absences in a row.</source>
        <translation>%1 : présence requise %2 %, excusé compte comme %3, pas d&apos;alerte pour les absences d&apos;affilée.</translation>
    </message>
    <message>
        <source>Sessions: %1 with roll taken, %2 with roll missing or incomplete, %3 to come.</source>
        <translation>Séances : %1 avec appel fait, %2 avec appel manquant ou incomplet, %3 à venir.</translation>
    </message>
    <message>
        <source>Nobody needs follow-up.</source>
        <translation>Personne n&apos;a besoin de suivi.</translation>
    </message>
    <message>
        <source>Nobody is booked yet.</source>
        <translation>Personne n&apos;est encore inscrit.</translation>
    </message>
    <message>
        <source>attended</source>
        <comment>column</comment>
        <translation>présences</translation>
    </message>
    <message>
        <source>rate</source>
        <comment>column</comment>
        <translation>taux</translation>
    </message>
    <message>
        <source>max</source>
        <comment>column</comment>
        <translation>max</translation>
    </message>
    <message>
        <source>absences in a row</source>
        <comment>column</comment>
        <translation>absences d&apos;affilée</translation>
    </message>
    <message>
        <source>alert</source>
        <comment>column</comment>
        <translation>alerte</translation>
    </message>
    <message>
        <source>Follow-up: %1 of %2 (--follow-up lists only them).</source>
        <translation>Suivi : %1 sur %2 (--follow-up n&apos;affiche qu&apos;eux).</translation>
    </message>
    <message>
        <source>attendance compliance of a programme&apos;s participants, with the follow-up list</source>
        <translation>conformité de présence des participants d&apos;un programme, avec la liste de suivi</translation>
    </message>
    <message>
        <source>only the non-compliant, at-risk and alerted participants</source>
        <translation>seulement les participants non conformes, à risque et en alerte</translation>
    </message>
    <message>
        <source>--ca-bundle needs a file.</source>
        <translation>--ca-bundle demande un fichier.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Le fichier CA %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the CA bundle file (.pem) the server&apos;s admin gave you</source>
        <translation>le fichier CA (.pem) donné par l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Impossible de lire le fichier CA %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate file (PEM).</source>
        <translation>%1 n&apos;est pas un fichier de certificat CA (PEM).</translation>
    </message>
    <message>
        <source>No password: set %1 or run this in a terminal.</source>
        <translation>Pas de mot de passe : définissez %1 ou lancez ceci dans un terminal.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; the device token is kept in %3.</source>
        <translation>Connecté à %1 en tant que %2 ; le jeton de l&apos;ordinateur est gardé dans %3.</translation>
    </message>
    <message>
        <source>%1 answers in plain HTTP, not HTTPS: check the address with the server&apos;s admin (http:// is accepted only for a server on this machine).</source>
        <translation>%1 répond en HTTP simple, pas en HTTPS : vérifiez l&apos;adresse avec l&apos;administrateur du serveur (http:// n&apos;est accepté que pour un serveur sur cette machine).</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified; ask the server&apos;s admin for its CA bundle and give it with --ca-bundle FILE.</source>
        <translation>Le certificat de %1 n&apos;a pas pu être vérifié ; demandez son fichier CA à l&apos;administrateur du serveur et donnez-le avec --ca-bundle FICHIER.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at %1: nothing answers there. Check the address and your connection, and that the server is running.</source>
        <translation>Impossible de joindre le serveur de synchronisation à %1 : rien n&apos;y répond. Vérifiez l&apos;adresse et votre connexion, et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>sending %1/%2</source>
        <translation>envoi %1/%2</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>%1 reçues</translation>
    </message>
    <message>
        <source>Sync stopped before anything was sent or received: %1</source>
        <translation>La synchronisation s&apos;est arrêtée avant tout envoi ou réception : %1</translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation>Pas encore de synchronisation.</translation>
    </message>
    <message>
        <source>running</source>
        <comment>sync</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>stopped (interrupted)</source>
        <translation>arrêtée (interrompue)</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>arrêtée : %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>1 received change waiting</source>
        <translation>1 modification reçue en attente</translation>
    </message>
    <message>
        <source>%1 received changes waiting</source>
        <translation>%1 modifications reçues en attente</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>sync</comment>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1  sent %2, accepted %3, conflicts %4, rejected %5, received %6  %7</source>
        <translation>%1  envoyées %2, acceptées %3, conflits %4, refusées %5, reçues %6  %7</translation>
    </message>
    <message>
        <source>%2 (1 change)</source>
        <translation>%2 (1 modification)</translation>
    </message>
    <message>
        <source>%2 (%1 changes)</source>
        <translation>%2 (%1 modifications)</translation>
    </message>
    <message>
        <source>sign this laptop in to a sync server</source>
        <translation>connecter cet ordinateur à un serveur de synchronisation</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>votre nom d&apos;utilisateur sur le serveur</translation>
    </message>
    <message>
        <source>a CA bundle file for a private certificate</source>
        <translation>un fichier CA pour un certificat privé</translation>
    </message>
    <message>
        <source>send queued changes and receive the server&apos;s</source>
        <translation>envoyer les modifications en attente et recevoir celles du serveur</translation>
    </message>
    <message>
        <source>changes per request</source>
        <translation>modifications par requête</translation>
    </message>
    <message>
        <source>no progress</source>
        <translation>sans progression</translation>
    </message>
    <message>
        <source>show the last syncs</source>
        <translation>afficher les dernières synchronisations</translation>
    </message>
    <message>
        <source>The completion attendance must be between 0 and 100 %.</source>
        <translation>La présence pour la réussite doit être entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>A completion stays valid for at least one month.</source>
        <translation>Une réussite reste valable au moins un mois.</translation>
    </message>
    <message>
        <source>&apos;Expiring soon&apos; needs a number of days of 0 or more.</source>
        <translation>« Expire bientôt » demande un nombre de jours de 0 ou plus.</translation>
    </message>
    <message>
        <source>Required attendance must be between 0 and 100 %.</source>
        <translation>La présence requise doit être entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>The consecutive absence limit cannot be negative.</source>
        <translation>La limite d&apos;absences d&apos;affilée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>An hours budget must be a number of hours.</source>
        <translation>Un budget d&apos;heures doit être un nombre d&apos;heures.</translation>
    </message>
    <message>
        <source>An hours budget cannot be negative.</source>
        <translation>Un budget d&apos;heures ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>The minutes attended must be between 0 and the session&apos;s %1 minutes.</source>
        <translation>Les minutes de présence doivent être entre 0 et les %1 minutes de la séance.</translation>
    </message>
    <message>
        <source>%1 has used all of their %2 budget; record them as absent or excused, or raise their budget.</source>
        <translation>%1 a utilisé tout son budget de %2 ; notez cette personne absente ou excusée, ou augmentez son budget.</translation>
    </message>
    <message>
        <source>%1 has only %2 left of their %3 budget and this session takes %4; record the minutes actually used (at most %5) or raise their budget.</source>
        <translation>%1 n&apos;a plus que %2 sur son budget de %3 et cette séance dure %4 ; notez les minutes réellement utilisées (au plus %5) ou augmentez son budget.</translation>
    </message>
    <message>
        <source>%1 has only %2 left of their %3 budget, less than the %4 recorded; record at most %5 minutes or raise their budget.</source>
        <translation>%1 n&apos;a plus que %2 sur son budget de %3, moins que les %4 notées ; notez au plus %5 minutes ou augmentez son budget.</translation>
    </message>
    <message>
        <source>This session was cancelled, so attendance cannot be recorded for it.</source>
        <translation>Cette séance a été annulée : la présence ne peut pas y être notée.</translation>
    </message>
    <message>
        <source>This session is recorded as not having happened, so attendance cannot be recorded for it.</source>
        <translation>Cette séance est enregistrée comme n&apos;ayant pas eu lieu : la présence ne peut pas y être notée.</translation>
    </message>
    <message>
        <source>This session starts more than an hour from now; attendance can be recorded from one hour before it starts.</source>
        <translation>Cette séance commence dans plus d&apos;une heure ; la présence peut être notée à partir d&apos;une heure avant son début.</translation>
    </message>
    <message>
        <source>1 attendance mark</source>
        <translation>1 marque de présence</translation>
    </message>
    <message>
        <source>%1 attendance marks</source>
        <translation>%1 marques de présence</translation>
    </message>
    <message>
        <source>1 outcome tick</source>
        <translation>1 coche d&apos;acquis</translation>
    </message>
    <message>
        <source>%1 outcome ticks</source>
        <translation>%1 coches d&apos;acquis</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The session of %1 has %2, so it cannot be moved to a time more than an hour from now (a session is marked only once it is about to start); clear what is recorded on it first, or add a new session instead.</source>
        <translation>La séance du %1 a %2 : elle ne peut pas être déplacée à plus d&apos;une heure d&apos;ici (une séance n&apos;est marquée qu&apos;au moment où elle va commencer) ; effacez d&apos;abord ce qui y est enregistré, ou ajoutez plutôt une nouvelle séance.</translation>
    </message>
    <message>
        <source>The session of %2 has 1 attendance mark, so it cannot be deleted; cancel it instead.</source>
        <translation>La séance du %2 a 1 marque de présence : elle ne peut pas être supprimée ; annulez-la plutôt.</translation>
    </message>
    <message>
        <source>The session of %2 has %1 attendance marks, so it cannot be deleted; cancel it instead.</source>
        <translation>La séance du %2 a %1 marques de présence : elle ne peut pas être supprimée ; annulez-la plutôt.</translation>
    </message>
    <message>
        <source>A programme needs a name.</source>
        <translation>Un programme doit avoir un nom.</translation>
    </message>
    <message>
        <source>A programme name is at most 200 characters.</source>
        <translation>Un nom de programme fait au plus 200 caractères.</translation>
    </message>
    <message>
        <source>The online link %1 is not a web address; give the whole link, starting with https://.</source>
        <translation>Le lien en ligne %1 n&apos;est pas une adresse web ; donnez le lien complet, commençant par https://.</translation>
    </message>
    <message>
        <source>Required attendance is a percentage from 0 to 100.</source>
        <translation>La présence requise est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>Capacity must be at least 1 (or left empty for no limit).</source>
        <translation>Le nombre de places doit être au moins 1 (ou vide pour aucune limite).</translation>
    </message>
    <message>
        <source>The consecutive-absence alert needs a limit of at least 1.</source>
        <translation>L&apos;alerte d&apos;absences d&apos;affilée demande une limite d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Expiry is at least 1 month (or empty for never).</source>
        <translation>L&apos;expiration est d&apos;au moins 1 mois (ou vide pour jamais).</translation>
    </message>
    <message>
        <source>An outcome cannot be empty.</source>
        <translation>Un acquis ne peut pas être vide.</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>excluded date</source>
        <translation>date exclue</translation>
    </message>
    <message>
        <source>last session&apos;s date</source>
        <translation>date de la dernière séance</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The %1 %2 is not a date in the form YYYY-MM-DD.</source>
        <translation>La %1 %2 n&apos;est pas une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist in the calendar.</source>
        <translation>La %1 %2 n&apos;existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>The time %1 is not a time in the form HH:MM (00:00-23:59).</source>
        <translation>L&apos;heure %1 n&apos;est pas une heure au format HH:MM (00:00-23:59).</translation>
    </message>
    <message>
        <source>%1 is not a weekday; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>%1 n&apos;est pas un jour de la semaine ; utilisez mon, tue, wed, thu, fri, sat ou sun.</translation>
    </message>
    <message>
        <source>Name at least one weekday, for example tue,thu.</source>
        <translation>Indiquez au moins un jour de la semaine, par exemple tue,thu.</translation>
    </message>
    <message>
        <source>%1 is not a known time zone (e.g. Africa/Nairobi).</source>
        <translation>%1 n&apos;est pas un fuseau horaire connu (p. ex. Africa/Nairobi).</translation>
    </message>
    <message>
        <source>The number of weeks must be at least 1.</source>
        <translation>Le nombre de semaines doit être au moins 1.</translation>
    </message>
    <message>
        <source>The %1 %2 is outside the years %3-%4 that programmes can be scheduled in.</source>
        <translation>La %1 %2 est en dehors des années %3-%4 où les programmes peuvent être prévus.</translation>
    </message>
    <message>
        <source>A once-off programme has a single session; leave out the end date, number of weeks or number of sessions (or choose a repeating schedule).</source>
        <translation>Un programme ponctuel a une seule séance ; retirez la date de fin, le nombre de semaines ou le nombre de séances (ou choisissez un calendrier qui se répète).</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>La date de fin %1 est avant la date de début %2.</translation>
    </message>
    <message>
        <source>The number of sessions must be between 1 and %1.</source>
        <translation>Le nombre de séances doit être entre 1 et %1.</translation>
    </message>
    <message>
        <source>Weekdays must be numbers 0 (Monday) to 6 (Sunday).</source>
        <translation>Les jours de la semaine doivent être des nombres de 0 (lundi) à 6 (dimanche).</translation>
    </message>
    <message>
        <source>A custom schedule needs an RRULE, e.g. FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>Un calendrier personnalisé demande une RRULE, p. ex. FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>The RRULE %1 repeats within a day; programmes have at most one session a day, so use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation>La RRULE %1 se répète dans une même journée ; un programme a au plus une séance par jour : utilisez FREQ=DAILY, WEEKLY, MONTHLY ou YEARLY.</translation>
    </message>
    <message>
        <source>The RRULE %1 has its own COUNT or UNTIL; give the end either in the rule or as an end date / number of sessions, not both.</source>
        <translation>La RRULE %1 a son propre COUNT ou UNTIL ; donnez la fin soit dans la règle, soit comme date de fin / nombre de séances, pas les deux.</translation>
    </message>
    <message>
        <source>Say when the programme ends: an end date or a number of sessions.</source>
        <translation>Indiquez quand le programme se termine : une date de fin ou un nombre de séances.</translation>
    </message>
    <message>
        <source>For &apos;the Nth weekday of the month&apos; choose week 1, 2, 3, 4 or last (-1).</source>
        <translation>Pour « le Nième jour de la semaine du mois », choisissez la semaine 1, 2, 3, 4 ou la dernière (-1).</translation>
    </message>
    <message>
        <source>The RRULE %1 is not valid: %2.</source>
        <translation>La RRULE %1 n&apos;est pas valide : %2.</translation>
    </message>
    <message>
        <source>This schedule has no sessions: every date it makes is excluded.</source>
        <translation>Ce calendrier n&apos;a aucune séance : toutes ses dates sont exclues.</translation>
    </message>
    <message>
        <source>The RRULE&apos;s UNTIL (%1) is before the start (%2), so it makes no sessions.</source>
        <translation>Le UNTIL de la RRULE (%1) est avant le début (%2) : elle ne crée aucune séance.</translation>
    </message>
    <message>
        <source>The RRULE %1 matches no date from the start on, so it makes no sessions.</source>
        <translation>La RRULE %1 ne correspond à aucune date à partir du début : elle ne crée aucune séance.</translation>
    </message>
    <message>
        <source>This schedule makes no sessions between its start and its end.</source>
        <translation>Ce calendrier ne crée aucune séance entre son début et sa fin.</translation>
    </message>
    <message>
        <source>This schedule puts more than one session on %1; programmes have at most one session a day.</source>
        <translation>Ce calendrier met plus d&apos;une séance le %1 ; un programme a au plus une séance par jour.</translation>
    </message>
    <message>
        <source>This RRULE never ends or makes more than %1 sessions; add UNTIL or COUNT.</source>
        <translation>Cette RRULE ne finit jamais ou crée plus de %1 séances ; ajoutez UNTIL ou COUNT.</translation>
    </message>
    <message>
        <source>This schedule would make more than %1 sessions; choose an earlier end.</source>
        <translation>Ce calendrier créerait plus de %1 séances ; choisissez une fin plus tôt.</translation>
    </message>
    <message>
        <source>The last session&apos;s date %1 is outside the years %2-%3.</source>
        <translation>La date de la dernière séance, %1, est en dehors des années %2-%3.</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Une séance dure entre 1 minute et 24 heures.</translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Séance du %1</translation>
    </message>
    <message>
        <source>Final report %1</source>
        <translation>Rapport final %1</translation>
    </message>
    <message>
        <source>Day of %1</source>
        <translation>Journée du %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Semaine %1 de %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) workbook; save it as .xlsx or CSV and import that.</source>
        <translation>C&apos;est un ancien classeur Excel (.xls) ; enregistrez-le en .xlsx ou en CSV et importez celui-là.</translation>
    </message>
    <message>
        <source>The file is not a roster: it is neither CSV text nor an XLSX workbook; save the roster as CSV or XLSX and import that.</source>
        <translation>Le fichier n&apos;est pas une liste de participants : ce n&apos;est ni du texte CSV ni un classeur XLSX ; enregistrez la liste en CSV ou XLSX et importez celle-là.</translation>
    </message>
    <message>
        <source>Line %1: the file cannot be read as CSV (%2).</source>
        <translation>Ligne %1 : le fichier ne peut pas être lu comme CSV (%2).</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook (%1).</source>
        <translation>Le fichier n&apos;est pas un classeur XLSX lisible (%1).</translation>
    </message>
    <message>
        <source>a roster file (.csv or .xlsx)</source>
        <translation>un fichier de liste de participants (.csv ou .xlsx)</translation>
    </message>
    <message>
        <source>%1 is larger than 200 MB; split it.</source>
        <translation>%1 dépasse 200 Mo ; découpez-le.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Le fichier ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, more than a roster can have; split it into smaller files.</source>
        <translation>Le fichier a plus de %1 lignes, plus qu&apos;une liste de participants ne peut en avoir ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook (it may be damaged).</source>
        <translation>Le fichier n&apos;est pas un classeur XLSX lisible (il est peut-être abîmé).</translation>
    </message>
    <message>
        <source>This workbook unpacks to %1 MB, far more than a roster needs (it may be damaged or made to overload the app); save the roster alone as a new workbook or as CSV and import that.</source>
        <translation>Ce classeur fait %1 Mo une fois décompressé, bien plus qu&apos;il ne faut pour une liste (il est peut-être abîmé ou fait pour surcharger l&apos;application) ; enregistrez la liste seule dans un nouveau classeur ou en CSV et importez celui-là.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>identifiant externe</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nom du groupe</translation>
    </message>
    <message>
        <source>date of birth %1 is not a day of the calendar (check the day and the month)</source>
        <translation>la date de naissance %1 n&apos;est pas un jour du calendrier (vérifiez le jour et le mois)</translation>
    </message>
    <message>
        <source>date of birth %1 is not a date; write it like 1990-02-28 or 28/02/1990</source>
        <translation>la date de naissance %1 n&apos;est pas une date ; écrivez-la comme 1990-02-28 ou 28/02/1990</translation>
    </message>
    <message>
        <source>date of birth %1 is in the future</source>
        <translation>la date de naissance %1 est dans le futur</translation>
    </message>
    <message>
        <source>date of birth %1 is before 1900</source>
        <translation>la date de naissance %1 est avant 1900</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>%1 %2 is a number or a date, not a name (is the right column chosen as the name?)</source>
        <translation>%1 %2 est un nombre ou une date, pas un nom (la bonne colonne est-elle choisie comme nom ?)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>le nom dépasse %1 caractères</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 dépasse %2 caractères</translation>
    </message>
    <message>
        <source>phone %1 is not a phone number</source>
        <translation>le téléphone %1 n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>email %1 has no @</source>
        <translation>l&apos;e-mail %1 n&apos;a pas de @</translation>
    </message>
    <message>
        <source>The file has no header row (it is empty).</source>
        <translation>Le fichier n&apos;a pas de ligne d&apos;en-tête (il est vide).</translation>
    </message>
    <message>
        <source>No name column found. Name a column &apos;Name&apos; (or &apos;First name&apos; and &apos;Last name&apos;); the columns are: %1.</source>
        <translation>Aucune colonne de nom trouvée. Nommez une colonne &apos;Name&apos; (ou &apos;First name&apos; et &apos;Last name&apos;) ; les colonnes sont : %1.</translation>
    </message>
    <message>
        <source>has more values than the header has columns (%1 named); is there a separator inside a value? Put that value in quotes</source>
        <translation>a plus de valeurs que l&apos;en-tête n&apos;a de colonnes (%1 nommées) ; y a-t-il un séparateur dans une valeur ? Mettez cette valeur entre guillemets</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same ID %2)</source>
        <translation>doublon de la ligne %1 (même identifiant %2)</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same name and date of birth)</source>
        <translation>doublon de la ligne %1 (même nom et même date de naissance)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The %1 %2 is outside the years %3.</source>
        <translation>La %1 %2 est en dehors des années %3.</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <source>The %1 %2 has no time zone.</source>
        <translation>La %1 %2 n&apos;a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>The %1 %2 is not a date (YYYY-MM-DD).</source>
        <translation>La %1 %2 n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The %1 %2 is not an ISO-8601 date and time.</source>
        <translation>La %1 %2 n&apos;est pas une date et heure ISO-8601.</translation>
    </message>
    <message>
        <source>The weekdays %1 are not day numbers 0 (Monday) to 6 (Sunday) joined by commas.</source>
        <translation>Les jours de la semaine %1 ne sont pas des numéros de jour de 0 (lundi) à 6 (dimanche) séparés par des virgules.</translation>
    </message>
    <message>
        <source>The start time %1 is not a time in the form HH:MM (00:00-23:59).</source>
        <translation>L&apos;heure de début %1 n&apos;est pas une heure au format HH:MM (00:00-23:59).</translation>
    </message>
    <message>
        <source>In the RRULE, %1 is not a NAME=VALUE part; write it like FREQ=WEEKLY;BYDAY=MO,TH.</source>
        <translation>Dans la RRULE, %1 n&apos;est pas une partie NOM=VALEUR ; écrivez-la comme FREQ=WEEKLY;BYDAY=MO,TH.</translation>
    </message>
    <message>
        <source>The RRULE gives %1 twice; keep one.</source>
        <translation>La RRULE donne %1 deux fois ; gardez-en un.</translation>
    </message>
    <message>
        <source>The RRULE %1 has no FREQ; start it with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, e.g. FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>La RRULE %1 n&apos;a pas de FREQ ; commencez-la par FREQ=DAILY, WEEKLY, MONTHLY ou YEARLY, p. ex. FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>In the RRULE, FREQ=%1 is not a frequency; use DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation>Dans la RRULE, FREQ=%1 n&apos;est pas une fréquence ; utilisez DAILY, WEEKLY, MONTHLY ou YEARLY.</translation>
    </message>
    <message>
        <source>The RRULE has both COUNT and UNTIL; keep one: COUNT (how many sessions) or UNTIL (the last date).</source>
        <translation>La RRULE a à la fois COUNT et UNTIL ; gardez-en un : COUNT (combien de séances) ou UNTIL (la dernière date).</translation>
    </message>
    <message>
        <source>In the RRULE, COUNT=0 makes no sessions; COUNT is the number of sessions, 1 or more.</source>
        <translation>Dans la RRULE, COUNT=0 ne crée aucune séance ; COUNT est le nombre de séances, 1 ou plus.</translation>
    </message>
    <message>
        <source>In the RRULE, INTERVAL=0 is not a step; INTERVAL is 1 or more (1: every week, 2: every other one).</source>
        <translation>Dans la RRULE, INTERVAL=0 n&apos;est pas un pas ; INTERVAL vaut 1 ou plus (1 : chaque semaine, 2 : une semaine sur deux).</translation>
    </message>
    <message>
        <source>In the RRULE, %1=%2 is not a whole number.</source>
        <translation>Dans la RRULE, %1=%2 n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>In the RRULE, BYDAY %1 is not a weekday; use MO, TU, WE, TH, FR, SA or SU, e.g. BYDAY=MO,TH.</source>
        <translation>Dans la RRULE, BYDAY %1 n&apos;est pas un jour de la semaine ; utilisez MO, TU, WE, TH, FR, SA ou SU, p. ex. BYDAY=MO,TH.</translation>
    </message>
    <message>
        <source>The RRULE %1 is not valid (%2).</source>
        <translation>La RRULE %1 n&apos;est pas valide (%2).</translation>
    </message>
    <message>
        <source>The week of the month %1 is not 1, 2, 3, 4 or -1 (the last).</source>
        <translation>La semaine du mois %1 n&apos;est pas 1, 2, 3, 4 ou -1 (la dernière).</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of %2.</source>
        <translation>%1 est un dossier ; donnez le chemin du %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); give the path of %2.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un périphérique, un tube ou une socket) ; donnez le chemin du %2.</translation>
    </message>
    <message>
        <source>it does not begin as a data file does</source>
        <translation>son début n&apos;est pas celui d&apos;un fichier de données</translation>
    </message>
    <message>
        <source>the check of its contents found 1 damaged place</source>
        <translation>la vérification de son contenu a trouvé 1 endroit abîmé</translation>
    </message>
    <message>
        <source>the check of its contents found %1 damaged places</source>
        <translation>la vérification de son contenu a trouvé %1 endroits abîmés</translation>
    </message>
    <message>
        <source>parts of it cannot be read</source>
        <translation>des parties ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>The newest backup is %1; `fieldsessions restore --db %2` puts it back (the damaged file is kept beside it).</source>
        <translation>La sauvegarde la plus récente est %1 ; `fieldsessions restore --db %2` la remet en place (le fichier abîmé est gardé à côté).</translation>
    </message>
    <message>
        <source>No backup of it was found in %1.</source>
        <translation>Aucune sauvegarde n&apos;a été trouvée dans %1.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2).</source>
        <translation>Le fichier de données %1 est abîmé (%2).</translation>
    </message>
    <message>
        <source>a ZIP file or an office document</source>
        <translation>un fichier ZIP ou un document bureautique</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>un document bureautique</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>un tableur</translation>
    </message>
    <message>
        <source>a data file, such as %1</source>
        <translation>un fichier de données, comme %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is not a fieldsessions data file (it looks like %2); nothing was written to it. Give --db the path of a data file (.sqlite); to bring in a roster use `fieldsessions import-roster FILE`.</source>
        <translation>%1 n&apos;est pas un fichier de données fieldsessions (cela ressemble à %2) ; rien n&apos;y a été écrit. Donnez à --db le chemin d&apos;un fichier de données (.sqlite) ; pour ajouter une liste de participants, utilisez `fieldsessions import-roster FICHIER`.</translation>
    </message>
    <message>
        <source>%1 is a text file (such as a CSV), not a fieldsessions data file; nothing was written to it. To bring in a roster use `fieldsessions import-roster FILE`; give --db the path of a data file (.sqlite).</source>
        <translation>%1 est un fichier texte (comme un CSV), pas un fichier de données fieldsessions ; rien n&apos;y a été écrit. Pour ajouter une liste de participants, utilisez `fieldsessions import-roster FICHIER` ; donnez à --db le chemin d&apos;un fichier de données (.sqlite).</translation>
    </message>
    <message>
        <source>You may not read and write the data file %1 (its permissions); it is not damaged. Ask whoever owns it to let you write it, or copy it somewhere you may.</source>
        <translation>Vous n&apos;avez pas le droit de lire et d&apos;écrire le fichier de données %1 (ses permissions) ; il n&apos;est pas abîmé. Demandez à son propriétaire de vous laisser l&apos;écrire, ou copiez-le là où vous en avez le droit.</translation>
    </message>
    <message>
        <source>You may not write in the folder %1 (its permissions), and the data file needs to write beside itself; the file is not damaged. Use a folder you may write in.</source>
        <translation>Vous n&apos;avez pas le droit d&apos;écrire dans le dossier %1 (ses permissions), et le fichier de données doit pouvoir écrire à côté de lui ; le fichier n&apos;est pas abîmé. Utilisez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The data file is busy: another fieldsessions window or program is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>Le fichier de données est occupé : une autre fenêtre ou un autre programme fieldsessions y écrit. Réessayez dans un moment ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The disk is full or failing; free some space and try again. Nothing was changed.</source>
        <translation>Le disque est plein ou défaillant ; libérez de la place et réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The data file is read-only; you cannot save changes to it here.</source>
        <translation>Le fichier de données est en lecture seule ; vous ne pouvez pas y enregistrer de modifications ici.</translation>
    </message>
    <message>
        <source>The data file cannot be opened: check that its folder exists and that you may write there.</source>
        <translation>Le fichier de données ne peut pas être ouvert : vérifiez que son dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a data file, such as %2.</source>
        <translation>%1 est un dossier ; donnez le chemin d&apos;un fichier de données, comme %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file: problem</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of fieldsessions (schema %2; this version understands up to %3). Update fieldsessions to open it; the file was not changed.</source>
        <translation>Le fichier de données %1 a été écrit par une version plus récente de fieldsessions (schéma %2 ; cette version comprend jusqu&apos;à %3). Mettez fieldsessions à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite file but not a fieldsessions data file.</source>
        <translation>Le fichier %1 est un fichier SQLite mais pas un fichier de données fieldsessions.</translation>
    </message>
    <message>
        <source>No backup of %1 was found in %2.</source>
        <translation>Aucune sauvegarde de %1 n&apos;a été trouvée dans %2.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Il n&apos;y a pas de fichier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>%1 is the data file itself, not a backup of it; give a file from %2. Nothing was changed.</source>
        <translation>%1 est le fichier de données lui-même, pas une sauvegarde ; donnez un fichier de %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: it is not a fieldsessions data file. Nothing was changed.</source>
        <translation>La sauvegarde %1 ne peut pas être utilisée : ce n&apos;est pas un fichier de données fieldsessions. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: it fails its check (damaged, or from a newer version). Nothing was changed.</source>
        <translation>La sauvegarde %1 ne peut pas être utilisée : elle échoue à sa vérification (abîmée, ou d&apos;une version plus récente). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the disk is full or failing</source>
        <translation>le disque est plein ou défaillant</translation>
    </message>
    <message>
        <source>%1 was not restored: the backup could not be copied beside it (%2); nothing was changed.</source>
        <translation>%1 n&apos;a pas été restauré : la sauvegarde n&apos;a pas pu être copiée à côté (%2) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Reading paper sheets needs the optional &apos;paper&apos; part (OpenCV and zxing-cpp, about 70 MB), which is not installed here: install it with pip install &apos;fieldsessions[paper]&apos;.</source>
        <translation>La lecture des feuilles papier demande la partie optionnelle &apos;paper&apos; (OpenCV et zxing-cpp, environ 70 Mo), qui n&apos;est pas installée ici : installez-la avec pip install &apos;fieldsessions[paper]&apos;.</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>Impossible de lire %1 : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a PDF file, or it is damaged.</source>
        <translation>Impossible de lire %1 : ce n&apos;est pas un fichier PDF, ou il est abîmé.</translation>
    </message>
    <message>
        <source>%1 page %2</source>
        <translation>%1 page %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a PDF or a PNG, JPEG or TIFF image, or it is damaged.</source>
        <translation>Impossible de lire %1 : ce n&apos;est pas un PDF ni une image PNG, JPEG ou TIFF, ou il est abîmé.</translation>
    </message>
    <message>
        <source>%1 could not be read as a page image (its format or size is unusual); scan or photograph it again.</source>
        <translation>%1 n&apos;a pas pu être lu comme image de page (son format ou sa taille est inhabituel) ; scannez-le ou photographiez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 is blank.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 has no readable sheet code: the image is too blurred, too dark or cut off, or it is not an attendance sheet printed by fieldsessions.</source>
        <translation>%1 n&apos;a pas de code de feuille lisible : l&apos;image est trop floue, trop sombre ou coupée, ou ce n&apos;est pas une feuille de présence imprimée par fieldsessions.</translation>
    </message>
    <message>
        <source>%1 shows more than one sheet page; photograph or scan one page at a time.</source>
        <translation>%1 montre plus d&apos;une page de feuille ; photographiez ou scannez une page à la fois.</translation>
    </message>
    <message>
        <source>%1 was printed with an older tick-off layout (version %2), which this version of fieldsessions no longer reads: print a new tick-off template for the session.</source>
        <translation>%1 a été imprimée avec une ancienne mise en page de grille (version %2), que cette version de fieldsessions ne lit plus : imprimez une nouvelle grille à cocher pour la séance.</translation>
    </message>
    <message>
        <source>%1 was printed with an older sheet layout (version %2), which this version of fieldsessions no longer reads: print a new attendance sheet for the session.</source>
        <translation>%1 a été imprimé avec une ancienne mise en page (version %2), que cette version de fieldsessions ne lit plus : imprimez une nouvelle feuille de présence pour la séance.</translation>
    </message>
    <message>
        <source>%1 was printed by a newer version of fieldsessions: update this one to read it.</source>
        <translation>%1 a été imprimé par une version plus récente de fieldsessions : mettez celle-ci à jour pour le lire.</translation>
    </message>
    <message>
        <source>%1: none of the 4 corner marks could be found (the corners cut off, folded or covered, or the image too blurred); scan or photograph it again with the whole page in view.</source>
        <translation>%1 : aucun des 4 repères d&apos;angle n&apos;a été trouvé (angles coupés, pliés ou couverts, ou image trop floue) ; numérisez ou photographiez-la de nouveau avec toute la page visible.</translation>
    </message>
    <message>
        <source>%1: 1 of the 4 corner marks could not be found (a corner cut off, folded or covered, or the image too blurred); scan or photograph it again with the whole page in view.</source>
        <translation>%1 : 1 des 4 repères d&apos;angle est introuvable (un angle coupé, plié ou couvert, ou image trop floue) ; numérisez ou photographiez-la de nouveau avec toute la page visible.</translation>
    </message>
    <message>
        <source>%1: %2 of the 4 corner marks could not be found (a corner cut off, folded or covered, or the image too blurred); scan or photograph it again with the whole page in view.</source>
        <translation>%1 : %2 des 4 repères d&apos;angle sont introuvables (un coin coupé, plié ou caché, ou l&apos;image trop floue) ; scannez-le ou photographiez-le de nouveau avec toute la page visible.</translation>
    </message>
    <message>
        <source>%1: the corner marks do not make a page shape; scan or photograph it again.</source>
        <translation>%1 : les repères d&apos;angle ne forment pas une page ; scannez-le ou photographiez-le de nouveau.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>not clear enough</source>
        <translation>pas assez net</translation>
    </message>
    <message>
        <source>a faint mark</source>
        <translation>une marque légère</translation>
    </message>
    <message>
        <source>ink around the %1 box, and %2 marked</source>
        <translation>de l&apos;encre autour de la case %1, et %2 coché</translation>
    </message>
    <message>
        <source>ink around the %1 box, none marked inside it</source>
        <translation>de l&apos;encre autour de la case %1, rien de coché dedans</translation>
    </message>
    <message>
        <source>%1 not clearly marked</source>
        <translation>%1 pas clairement coché</translation>
    </message>
    <message>
        <source>%1 and %2 both marked</source>
        <translation>%1 et %2 cochés tous les deux</translation>
    </message>
    <message>
        <source>%1 and %2 all marked</source>
        <translation>%1 et %2 tous cochés</translation>
    </message>
    <message>
        <source>%1 marked, a trace in %2</source>
        <translation>%1 coché, une trace dans %2</translation>
    </message>
    <message>
        <source>a faint mark in %1</source>
        <translation>une marque légère dans %1</translation>
    </message>
    <message>
        <source>%1 is a session document of a layout that cannot be read back (a sheet to sign, a sheet printed with the marks filled in, or one printed before sheets could be read back). Only the attendance sheet with a tick box per status (not filled) and the tick-off template are read back: print one of those for the session.</source>
        <translation>%1 est un document de séance dont la mise en page ne peut pas être relue (une feuille à signer, une feuille imprimée avec les marques remplies, ou imprimée avant que les feuilles puissent être relues). Seules la feuille de présence avec une case par statut (non remplie) et la grille à cocher sont relues : imprimez l&apos;une d&apos;elles pour la séance.</translation>
    </message>
    <message>
        <source>the box outlines are not where they should be</source>
        <translation>les contours des cases ne sont pas où ils devraient être</translation>
    </message>
    <message>
        <source>%1 is too blurred or too warped to read its boxes; scan it, or photograph it flat and in focus.</source>
        <translation>%1 est trop flou ou trop déformé pour lire ses cases ; scannez-le, ou photographiez-le à plat et net.</translation>
    </message>
    <message>
        <source>The image of %1 could not be encoded.</source>
        <translation>L&apos;image de %1 n&apos;a pas pu être encodée.</translation>
    </message>
    <message>
        <source>%1 is not an attendance status; use present, late, excused or absent.</source>
        <translation>%1 n&apos;est pas un statut de présence ; utilisez present, late, excused ou absent.</translation>
    </message>
    <message>
        <source>No participant %1.</source>
        <translation>Aucun participant %1.</translation>
    </message>
    <message>
        <source>A partial duration is between 0 and 1440 minutes.</source>
        <translation>Une durée partielle est entre 0 et 1440 minutes.</translation>
    </message>
    <message>
        <source>Minutes attended go with present or late; someone marked excused attended no minutes (leave the minutes out).</source>
        <translation>Les minutes de présence vont avec présent ou en retard ; une personne marquée excusée n&apos;a assisté à aucune minute (retirez les minutes).</translation>
    </message>
    <message>
        <source>Minutes attended go with present or late; someone marked absent attended no minutes (leave the minutes out).</source>
        <translation>Les minutes de présence vont avec présent ou en retard ; une personne marquée absente n&apos;a assisté à aucune minute (retirez les minutes).</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (et %2 de plus)</translation>
    </message>
    <message>
        <source>%1 is on the waiting list of %2, not booked, so they are not on this session&apos;s roll: they get a place when one frees up; or add them as a walk-in.</source>
        <translation>%1 est sur la liste d&apos;attente de %2, pas inscrit(e), et n&apos;est donc pas sur la liste d&apos;appel de cette séance : la personne aura une place quand une se libérera ; ou ajoutez-la comme non-inscrite.</translation>
    </message>
    <message>
        <source>%1 has a cancelled booking in %2, so they are not on this session&apos;s roll: enrol them again, or add them as a walk-in.</source>
        <translation>%1 a une inscription annulée à %2 et n&apos;est donc pas sur la liste d&apos;appel de cette séance : inscrivez cette personne de nouveau, ou ajoutez-la comme non-inscrite.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in %2, so they are not on this session&apos;s roll: enrol them, or add them as a walk-in.</source>
        <translation>%1 n&apos;est pas inscrit(e) à %2 et n&apos;est donc pas sur la liste d&apos;appel de cette séance : inscrivez cette personne, ou ajoutez-la comme non-inscrite.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour est avant le premier jour.</translation>
    </message>
    <message>
        <source>Print at most %1 days of sheets at a time.</source>
        <translation>Imprimez au plus %1 jours de feuilles à la fois.</translation>
    </message>
    <message>
        <source>%1 sessions are in these dates; print at most %2 sheets at a time (choose fewer days or one programme).</source>
        <translation>%1 séances tombent dans ces dates ; imprimez au plus %2 feuilles à la fois (choisissez moins de jours ou un seul programme).</translation>
    </message>
    <message>
        <source>There is no session in these dates, so there is no sheet to print.</source>
        <translation>Il n&apos;y a aucune séance dans ces dates, donc aucune feuille à imprimer.</translation>
    </message>
    <message>
        <source>Attendance sheets, %1 to %2</source>
        <translation>Feuilles de présence, du %1 au %2</translation>
    </message>
    <message>
        <source>More than one programme is called %1; use its id.</source>
        <translation>Plusieurs programmes s&apos;appellent %1 ; utilisez son id.</translation>
    </message>
    <message>
        <source>No programme %1. See `fieldsessions programme list`.</source>
        <translation>Aucun programme %1. Voir `fieldsessions programme list`.</translation>
    </message>
    <message>
        <source>The code %1 fits more than one session; give the session&apos;s full id (see `fieldsessions sessions list`).</source>
        <translation>Le code %1 correspond à plus d&apos;une séance ; donnez l&apos;id complet de la séance (voir `fieldsessions sessions list`).</translation>
    </message>
    <message>
        <source>No session %1. See `fieldsessions sessions list`.</source>
        <translation>Aucune séance %1. Voir `fieldsessions sessions list`.</translation>
    </message>
    <message>
        <source>Nobody with the ID %1 is enrolled in %2 (people in other programmes have it); give the participant&apos;s id from `fieldsessions participants list`.</source>
        <translation>Personne avec l&apos;identifiant %1 n&apos;est inscrit à %2 (des personnes d&apos;autres programmes l&apos;ont) ; donnez l&apos;id du participant affiché par `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>%1 participants have the ID %2 in %3; give the participant&apos;s id from `fieldsessions participants list`.</source>
        <translation>%1 participants ont l&apos;identifiant %2 dans %3 ; donnez l&apos;id du participant affiché par `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>%1 participants have the ID %2; give the participant&apos;s id from `fieldsessions participants list`.</source>
        <translation>%1 participants ont l&apos;identifiant %2 ; donnez l&apos;id du participant affiché par `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>No participant %1. See `fieldsessions participants list`.</source>
        <translation>Aucun participant %1. Voir `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>No programme %1.</source>
        <translation>Aucun programme %1.</translation>
    </message>
    <message>
        <source>%1 has not completed %2 yet, so there is no certificate to issue.</source>
        <translation>%1 n&apos;a pas encore terminé %2 : il n&apos;y a pas de certificat à délivrer.</translation>
    </message>
    <message>
        <source>The completion of %1 by %2 expired on %3; no certificate can be issued for it.</source>
        <translation>La réussite de %2 par %1 a expiré le %3 ; aucun certificat ne peut être délivré pour elle.</translation>
    </message>
    <message>
        <source>More than one pathway is called %1; use its id.</source>
        <translation>Plusieurs parcours s&apos;appellent %1 ; utilisez son id.</translation>
    </message>
    <message>
        <source>No pathway %1.</source>
        <translation>Aucun parcours %1.</translation>
    </message>
    <message>
        <source>A pathway needs a name.</source>
        <translation>Un parcours doit avoir un nom.</translation>
    </message>
    <message>
        <source>A pathway needs at least one programme.</source>
        <translation>Un parcours demande au moins un programme.</translation>
    </message>
    <message>
        <source>%1 is named twice in the pathway.</source>
        <translation>%1 est cité deux fois dans le parcours.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in %2.</source>
        <translation>%1 n&apos;est pas inscrit(e) à %2.</translation>
    </message>
    <message>
        <source>The data file already has programmes; demo data goes into an empty file (use --db with a new file name).</source>
        <translation>Le fichier de données a déjà des programmes ; les données de démonstration vont dans un fichier vide (utilisez --db avec un nouveau nom de fichier).</translation>
    </message>
    <message>
        <source>%1 has already used %2 in %3; the budget cannot be less than that.</source>
        <translation>%1 a déjà utilisé %2 dans %3 ; le budget ne peut pas être inférieur.</translation>
    </message>
    <message>
        <source>This participant</source>
        <translation>Ce participant</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>already registered as %1 (ID %2), same ID; not added again</source>
        <translation>déjà enregistré(e) comme %1 (identifiant %2), même identifiant ; pas ajouté(e) de nouveau</translation>
    </message>
    <message>
        <source>already registered as %1, same ID; not added again</source>
        <translation>déjà enregistré(e) comme %1, même identifiant ; pas ajouté(e) de nouveau</translation>
    </message>
    <message>
        <source>already registered as %1 (ID %2), same name and date of birth; not added again</source>
        <translation>déjà enregistré(e) comme %1 (identifiant %2), même nom et même date de naissance ; pas ajouté(e) de nouveau</translation>
    </message>
    <message>
        <source>already registered as %1, same name and date of birth; not added again</source>
        <translation>déjà enregistré(e) comme %1, même nom et même date de naissance ; pas ajouté(e) de nouveau</translation>
    </message>
    <message>
        <source>An outcome needs a title.</source>
        <translation>Un acquis doit avoir un titre.</translation>
    </message>
    <message>
        <source>An outcome title is at most %1 characters.</source>
        <translation>Un titre d&apos;acquis fait au plus %1 caractères.</translation>
    </message>
    <message>
        <source>This session already has the outcome %1.</source>
        <translation>Cette séance a déjà l&apos;acquis %1.</translation>
    </message>
    <message>
        <source>No outcome %1 in this session&apos;s programme.</source>
        <translation>Aucun acquis %1 dans le programme de cette séance.</translation>
    </message>
    <message>
        <source>The outcome %1 is not on this session&apos;s list.</source>
        <translation>L&apos;acquis %1 n&apos;est pas dans la liste de cette séance.</translation>
    </message>
    <message>
        <source>%1 is not on this session&apos;s roll.</source>
        <translation>%1 n&apos;est pas sur la liste d&apos;appel de cette séance.</translation>
    </message>
    <message>
        <source>%1 is the sheet of session %2, which is not on this laptop: sync first, or read it on the laptop it was printed from.</source>
        <translation>%1 est la feuille de la séance %2, qui n&apos;est pas sur cet ordinateur : synchronisez d&apos;abord, ou lisez-la sur l&apos;ordinateur qui l&apos;a imprimée.</translation>
    </message>
    <message>
        <source>The people on %1 are no longer together on the session&apos;s roll as they were printed (someone among them was removed or added, or renamed), so its rows cannot be matched safely: type these marks in, or print a new sheet.</source>
        <translation>Les personnes de %1 ne sont plus ensemble sur la liste d&apos;appel comme à l&apos;impression (quelqu&apos;un a été retiré, ajouté ou renommé), ses lignes ne peuvent donc pas être reconnues sans risque : saisissez ces marques, ou imprimez une nouvelle feuille.</translation>
    </message>
    <message>
        <source>The outcome list of the session has changed since %1 was printed (an outcome added, dropped or moved), so its columns cannot be matched safely: tick these outcomes on the Outcomes tab, or print a new tick-off template.</source>
        <translation>La liste des acquis de la séance a changé depuis l&apos;impression de %1 (un acquis ajouté, retiré ou déplacé) : ses colonnes ne peuvent donc pas être associées sans risque. Cochez ces acquis dans l&apos;onglet Acquis, ou imprimez une nouvelle grille à cocher.</translation>
    </message>
    <message>
        <source>The people on %1 are no longer together on the session&apos;s roll as they were printed (someone among them was removed or added, or renamed), so its rows cannot be matched safely: type these ticks in, or print a new template.</source>
        <translation>Les personnes de %1 ne sont plus sur la liste d&apos;appel de la séance telles qu&apos;elles ont été imprimées (quelqu&apos;un a été retiré, ajouté ou renommé) : ses lignes ne peuvent donc pas être associées sans risque. Saisissez ces coches à la main, ou imprimez une nouvelle grille.</translation>
    </message>
    <message>
        <source>paper sheet, page %1</source>
        <translation>feuille papier, page %1</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Un participant doit avoir un nom.</translation>
    </message>
    <message>
        <source>A name is at most 200 characters.</source>
        <translation>Un nom fait au plus 200 caractères.</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>%1 is already registered with ID %2; not added twice.</source>
        <translation>%1 est déjà enregistré(e) avec l&apos;identifiant %2 ; pas ajouté(e) deux fois.</translation>
    </message>
    <message>
        <source>%1 is already registered; not added twice.</source>
        <translation>%1 est déjà enregistré(e) ; pas ajouté(e) deux fois.</translation>
    </message>
    <message>
        <source>Another participant (%1) has the same ID or name and date of birth.</source>
        <translation>Un autre participant (%1) a le même identifiant, ou le même nom et la même date de naissance.</translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation>Un non-inscrit doit avoir un nom.</translation>
    </message>
    <message>
        <source>any one of: %1</source>
        <translation>n&apos;importe lequel de : %1</translation>
    </message>
    <message>
        <source>A programme called %1 already exists; give this one another name (for example with its place or year).</source>
        <translation>Un programme appelé %1 existe déjà ; donnez un autre nom à celui-ci (par exemple avec son lieu ou son année).</translation>
    </message>
    <message>
        <source>once-off</source>
        <translation>ponctuel</translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>chaque semaine le %1</translation>
    </message>
    <message>
        <source>weekly</source>
        <comment>schedule</comment>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>every two weeks on %1</source>
        <translation>toutes les deux semaines le %1</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>toutes les deux semaines</translation>
    </message>
    <message>
        <source>custom (%1)</source>
        <translation>personnalisé (%1)</translation>
    </message>
    <message>
        <source>daily</source>
        <comment>schedule</comment>
        <translation>quotidien</translation>
    </message>
    <message>
        <source>monthly</source>
        <comment>schedule</comment>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>quarterly</source>
        <comment>schedule</comment>
        <translation>trimestriel</translation>
    </message>
    <message>
        <source>No session %1.</source>
        <translation>Aucune séance %1.</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Séance %1 sur %2</translation>
    </message>
    <message>
        <source>%1 is not an hours period; use month, week or programme.</source>
        <translation>%1 n&apos;est pas une période d&apos;heures ; utilisez month, week ou programme.</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Tout le programme</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>%1 is not one of the topics of %2: %3.</source>
        <translation>%1 n&apos;est pas un des thèmes de %2 : %3.</translation>
    </message>
    <message>
        <source>Give a reason why the session did not happen.</source>
        <translation>Indiquez pourquoi la séance n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <source>Notes are at most %1 characters.</source>
        <translation>Les notes font au plus %1 caractères.</translation>
    </message>
    <message>
        <source>This session was cancelled; reinstate it before reporting on it.</source>
        <translation>Cette séance a été annulée ; rétablissez-la avant d&apos;en faire le rapport.</translation>
    </message>
    <message>
        <source>A session can be reported on once it has started.</source>
        <translation>Le rapport d&apos;une séance peut être fait une fois qu&apos;elle a commencé.</translation>
    </message>
    <message>
        <source>%1 reports on every session: write the session reports instead.</source>
        <translation>%1 fait un rapport à chaque séance : rédigez plutôt les rapports de séance.</translation>
    </message>
    <message>
        <source>%1 is not a report period of %2.</source>
        <translation>%1 n&apos;est pas une période de rapport de %2.</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5 and %6 more; save anyway to double-book.</source>
        <translation>%1 est déjà inscrit(e) à %2 le %3 %4-%5 et %6 autres ; enregistrez quand même pour l&apos;inscrire deux fois.</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5; save anyway to double-book.</source>
        <translation>%1 est déjà inscrit(e) à %2 le %3 %4-%5 ; enregistrez quand même pour l&apos;inscrire deux fois.</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5 and %6 more</source>
        <translation>%1 est déjà inscrit(e) à %2 le %3 %4-%5 et %6 autres</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5</source>
        <translation>%1 est déjà inscrit(e) à %2 le %3 %4-%5</translation>
    </message>
    <message>
        <source>Give a reason why the session was cancelled.</source>
        <translation>Indiquez pourquoi la séance a été annulée.</translation>
    </message>
    <message>
        <source>This session has not started yet; cancel it instead of recording that it did not happen.</source>
        <translation>Cette séance n&apos;a pas encore commencé ; annulez-la au lieu d&apos;enregistrer qu&apos;elle n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <source>This session was cancelled; reinstate it first.</source>
        <translation>Cette séance a été annulée ; rétablissez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The session of %1 has outcome ticks, so it cannot be deleted; cancel it instead.</source>
        <translation>La séance du %1 a des coches d&apos;acquis : elle ne peut pas être supprimée ; annulez-la plutôt.</translation>
    </message>
    <message>
        <source>The session of %1 has a written report, so it cannot be deleted; cancel it instead.</source>
        <translation>La séance du %1 a un rapport rédigé : elle ne peut pas être supprimée ; annulez-la plutôt.</translation>
    </message>
    <message>
        <source>session date</source>
        <translation>date de la séance</translation>
    </message>
    <message>
        <source>%1 already has a session on %2 (%3-%4), and a programme has one session a day; cancel or move that session before reinstating this one.</source>
        <translation>%1 a déjà une séance le %2 (%3-%4), et un programme a une séance par jour ; annulez ou déplacez cette séance avant de rétablir celle-ci.</translation>
    </message>
    <message>
        <source>%1 already has a session on %2 (%3-%4), and a programme has one session a day; change that session&apos;s time instead.</source>
        <translation>%1 a déjà une séance le %2 (%3-%4), et un programme a une séance par jour ; changez plutôt l&apos;heure de cette séance.</translation>
    </message>
    <message>
        <source>The facilitator name is at most %1 characters.</source>
        <translation>Le nom de l&apos;animateur fait au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Type your name: it is printed on attendance sheets and session reports.</source>
        <translation>Saisissez votre nom : il est imprimé sur les feuilles de présence et les rapports de séance.</translation>
    </message>
    <message>
        <source>The device name is at most %1 characters.</source>
        <translation>Le nom de l&apos;ordinateur fait au plus %1 caractères.</translation>
    </message>
    <message>
        <source>%1 is not a summary period; use week, month or programme.</source>
        <translation>%1 n&apos;est pas une période de résumé ; utilisez week, month ou programme.</translation>
    </message>
    <message>
        <source>Budget</source>
        <comment>hours</comment>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Remaining</source>
        <comment>hours</comment>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Beyond budget</source>
        <translation>Hors budget</translation>
    </message>
    <message>
        <source>(not named)</source>
        <comment>facilitator</comment>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Séances tenues</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Heures données</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>No session was held.</source>
        <translation>Aucune séance n&apos;a été tenue.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Nobody attended.</source>
        <translation>Personne n&apos;a été présent.</translation>
    </message>
    <message>
        <source>%1; there are no hours to report.</source>
        <translation>%1 ; il n&apos;y a aucune heure à déclarer.</translation>
    </message>
    <message>
        <source>Facilitators: the length of each held session (not cancelled, someone marked in it; a session with nobody marked is not counted until its roll is taken). Participants: present or late in a session that was not cancelled, for its length or the minutes recorded for a partial attendance, charged to their budget in date order; hours to date count everything up to the end of the period, even before the report&apos;s first date; time the budget could not cover is shown as beyond budget.</source>
        <translation>Animateurs : la durée de chaque séance tenue (non annulée, avec quelqu&apos;un de marqué ; une séance où personne n&apos;est marqué n&apos;est comptée qu&apos;une fois son appel fait). Participants : présent ou en retard à une séance non annulée, pour sa durée ou les minutes notées pour une présence partielle, déduites de leur budget par ordre de date ; les heures à ce jour comptent tout jusqu&apos;à la fin de la période, même avant la première date du rapport ; le temps que le budget n&apos;a pas pu couvrir est indiqué hors budget.</translation>
    </message>
    <message>
        <source>From</source>
        <comment>start date</comment>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>end date</comment>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>To</source>
        <comment>end date</comment>
        <translation>Au</translation>
    </message>
    <message>
        <source>Hours report</source>
        <translation>Rapport des heures</translation>
    </message>
    <message>
        <source>Hours report — %1</source>
        <translation>Rapport des heures — %1</translation>
    </message>
    <message>
        <source>plural</source>
        <comment>the form a count of 0 takes: write &apos;singular&apos; or &apos;plural&apos;</comment>
        <translation>singular</translation>
    </message>
    <message>
        <source>%1 is not a server address; it looks like https://sync.example.org.</source>
        <translation>%1 n&apos;est pas une adresse de serveur ; elle ressemble à https://sync.example.org.</translation>
    </message>
    <message>
        <source>The server address must not hold a user name or password; sign in with --user instead.</source>
        <translation>L&apos;adresse du serveur ne doit contenir ni nom d&apos;utilisateur ni mot de passe ; connectez-vous plutôt avec --user.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (only a server on this computer may use http://).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (seul un serveur sur cet ordinateur peut utiliser http://).</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>Sign in to the sync server first.</source>
        <translation>Connectez-vous d&apos;abord au serveur de synchronisation.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; ask your organisation for its certificate file and choose it under Advanced in the sync settings.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié ; demandez à votre organisation son fichier de certificat et choisissez-le sous Avancé dans les réglages de synchronisation.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation>la connexion a été coupée</translation>
    </message>
    <message>
        <source>The server asks to wait %1 seconds; try again later.</source>
        <translation>Le serveur demande d&apos;attendre %1 secondes ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at %1 (%2); check the address and the network, then sign in again.</source>
        <translation>Impossible de joindre le serveur de synchronisation %1 (%2) ; vérifiez l&apos;adresse et le réseau, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at %1 (%2); the changes stay queued and will be sent next time.</source>
        <translation>Impossible de joindre le serveur de synchronisation %1 (%2) ; les modifications restent en attente et seront envoyées la prochaine fois.</translation>
    </message>
    <message>
        <source>The sync server at %1 failed (HTTP %2); the changes stay queued and will be sent next time.</source>
        <translation>Le serveur de synchronisation %1 a échoué (HTTP %2) ; les modifications restent en attente et seront envoyées la prochaine fois.</translation>
    </message>
    <message>
        <source>The server refused this device; sign in again.</source>
        <translation>Le serveur a refusé cet ordinateur ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server refused the %1: %2</source>
        <translation>Le serveur a refusé %1 : %2</translation>
    </message>
    <message>
        <source>sign-in</source>
        <comment>the server refused the ...</comment>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>Sign-in refused.</source>
        <translation>Connexion refusée.</translation>
    </message>
    <message>
        <source>hello</source>
        <comment>the server refused the ...</comment>
        <translation>la prise de contact</translation>
    </message>
    <message>
        <source>The server refused the hello: %1</source>
        <translation>Le serveur a refusé la prise de contact : %1</translation>
    </message>
    <message>
        <source>The server found this batch too large.</source>
        <translation>Le serveur a trouvé ce lot trop volumineux.</translation>
    </message>
    <message>
        <source>The server found this batch invalid.</source>
        <translation>Le serveur a trouvé ce lot non valable.</translation>
    </message>
    <message>
        <source>changes</source>
        <comment>the server refused the ...</comment>
        <translation>les modifications</translation>
    </message>
    <message>
        <source>download</source>
        <comment>the server refused the ...</comment>
        <translation>le téléchargement</translation>
    </message>
    <message>
        <source>The server asks for a full download.</source>
        <translation>Le serveur demande un téléchargement complet.</translation>
    </message>
    <message>
        <source>The answer from %1 is not from the sync server (a Wi-Fi sign-in page or a proxy?); nothing was marked as sent.</source>
        <translation>La réponse de %1 ne vient pas du serveur de synchronisation (une page de connexion Wi-Fi ou un proxy ?) ; rien n&apos;a été marqué comme envoyé.</translation>
    </message>
    <message>
        <source>for this person</source>
        <translation>pour cette personne</translation>
    </message>
    <message>
        <source>in this session</source>
        <translation>dans cette séance</translation>
    </message>
    <message>
        <source>in this programme</source>
        <translation>dans ce programme</translation>
    </message>
    <message>
        <source>in this outcome</source>
        <translation>dans cet acquis</translation>
    </message>
    <message>
        <source>in this pathway</source>
        <translation>dans ce parcours</translation>
    </message>
    <message>
        <source>in this %1</source>
        <translation>dans cette %1</translation>
    </message>
    <message>
        <source>Work was recorded %1 on another laptop; it was kept.</source>
        <translation>Du travail a été enregistré %1 sur un autre ordinateur ; l&apos;élément a été conservé.</translation>
    </message>
    <message>
        <source>%1 recorded %2 %3; it was kept.</source>
        <translation>%1 a enregistré %2 %3 ; l&apos;élément a été conservé.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>There are %1 %2 on the server; it was kept.</source>
        <translation>Il y a %1 %2 sur le serveur ; l&apos;élément a été conservé.</translation>
    </message>
    <message>
        <source>1 session report</source>
        <translation>1 rapport de séance</translation>
    </message>
    <message>
        <source>%1 session reports</source>
        <translation>%1 rapports de séance</translation>
    </message>
    <message>
        <source>1 period report</source>
        <translation>1 rapport de période</translation>
    </message>
    <message>
        <source>%1 period reports</source>
        <translation>%1 rapports de période</translation>
    </message>
    <message>
        <source>1 %2 record</source>
        <translation>1 enregistrement %2</translation>
    </message>
    <message>
        <source>%1 %2 records</source>
        <translation>%1 enregistrements %2</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>acquis</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>inscription</translation>
    </message>
    <message>
        <source>pathway</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>outcome left out of a session</source>
        <translation>acquis retiré d&apos;une séance</translation>
    </message>
    <message>
        <source>pathway step</source>
        <translation>étape de parcours</translation>
    </message>
    <message>
        <source>outcome tick</source>
        <translation>coche d&apos;acquis</translation>
    </message>
    <message>
        <source>session report</source>
        <translation>rapport de séance</translation>
    </message>
    <message>
        <source>period report</source>
        <translation>rapport de période</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>marque</translation>
    </message>
    <message>
        <source>mark history entry</source>
        <translation>entrée de l&apos;historique des marques</translation>
    </message>
    <message>
        <source>outcome tick history entry</source>
        <translation>entrée de l&apos;historique des coches d&apos;acquis</translation>
    </message>
    <message>
        <source>its %1 %2 has not arrived yet</source>
        <translation>son élément « %1 » %2 n&apos;est pas encore arrivé</translation>
    </message>
    <message>
        <source>1 %2 record on this laptop still refers to it</source>
        <translation>1 enregistrement « %2 » sur cet ordinateur y fait encore référence</translation>
    </message>
    <message>
        <source>%1 %2 records on this laptop still refer to it</source>
        <translation>%1 enregistrements « %2 » sur cet ordinateur y font encore référence</translation>
    </message>
    <message>
        <source>Sent 1 change: %2 accepted (%3 already there, %4 with conflicts), %5 rejected.</source>
        <translation>1 modification envoyée : %2 acceptée (%3 déjà présentes, %4 avec conflits), %5 refusée.</translation>
    </message>
    <message>
        <source>Sent %1 changes: %2 accepted (%3 already there, %4 with conflicts), %5 rejected.</source>
        <translation>%1 modifications envoyées : %2 acceptées (%3 déjà présentes, %4 avec conflits), %5 refusées.</translation>
    </message>
    <message>
        <source>Received 1 change from the server.</source>
        <translation>1 modification reçue du serveur.</translation>
    </message>
    <message>
        <source>Received %1 changes from the server.</source>
        <translation>%1 modifications reçues du serveur.</translation>
    </message>
    <message>
        <source>1 received change waits on this laptop and will be applied as soon as they can:</source>
        <translation>1 modification reçue attend sur cet ordinateur et sera appliquée dès que possible :</translation>
    </message>
    <message>
        <source>%1 received changes wait on this laptop and will be applied as soon as they can:</source>
        <translation>%1 modifications reçues attendent sur cet ordinateur et seront appliquées dès que possible :</translation>
    </message>
    <message>
        <source>… and %1 more (see the sync log).</source>
        <translation>… et %1 de plus (voir le journal de synchronisation).</translation>
    </message>
    <message>
        <source>The server had lost 1 change (restored from a backup); they were sent again.</source>
        <translation>Le serveur avait perdu 1 modification (restauré depuis une sauvegarde) ; elle a été renvoyée.</translation>
    </message>
    <message>
        <source>The server had lost %1 changes (restored from a backup); they were sent again.</source>
        <translation>Le serveur avait perdu %1 modifications (restauré depuis une sauvegarde) ; elles ont été renvoyées.</translation>
    </message>
    <message>
        <source>1 change had numbers the server already held for others (this laptop&apos;s file was restored from a backup?); they were sent again under new numbers.</source>
        <translation>1 modification avait un numéro que le serveur détenait déjà pour d&apos;autres (le fichier de cet ordinateur a-t-il été restauré depuis une sauvegarde ?) ; elle a été renvoyée sous un nouveau numéro.</translation>
    </message>
    <message>
        <source>%1 changes had numbers the server already held for others (this laptop&apos;s file was restored from a backup?); they were sent again under new numbers.</source>
        <translation>%1 modifications avaient des numéros que le serveur détenait déjà pour d&apos;autres (le fichier de cet ordinateur a-t-il été restauré depuis une sauvegarde ?) ; elles ont été renvoyées sous de nouveaux numéros.</translation>
    </message>
    <message>
        <source>1 change were stamped with a clock ahead of the server&apos;s; they were stamped again with the server&apos;s time and sent.</source>
        <translation>1 modification était horodatée avec une horloge en avance sur celle du serveur ; elle a été horodatée de nouveau à l&apos;heure du serveur et envoyée.</translation>
    </message>
    <message>
        <source>%1 changes were stamped with a clock ahead of the server&apos;s; they were stamped again with the server&apos;s time and sent.</source>
        <translation>%1 modifications étaient horodatées avec une horloge en avance sur celle du serveur ; elles ont été horodatées de nouveau à l&apos;heure du serveur et envoyées.</translation>
    </message>
    <message>
        <source>1 change wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>1 modification attend des éléments que le serveur n&apos;a pas encore ; elle reste en attente et repartira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 changes wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>%1 modifications attendent des éléments que le serveur n&apos;a pas encore ; elles restent en attente et repartiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>1 history entry wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>1 entrée d&apos;historique attend des éléments que le serveur n&apos;a pas encore ; elle reste en attente et repartira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 history entries wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>%1 entrées d&apos;historique attendent des éléments que le serveur n&apos;a pas encore ; elles restent en attente et repartiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>sync result</comment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>sync result</comment>
        <translation>refusée</translation>
    </message>
    <message>
        <source>mismatch</source>
        <comment>sync result</comment>
        <translation>numéro déjà pris</translation>
    </message>
    <message>
        <source>conflict</source>
        <comment>sync result</comment>
        <translation>conflit</translation>
    </message>
    <message>
        <source>%1: %2 (change %3): %4</source>
        <comment>a receipt line: result, record, change number, reason</comment>
        <translation>%1 : %2 (modification %3) : %4</translation>
    </message>
    <message>
        <source>Its records were removed from this laptop.</source>
        <translation>Ses données ont été retirées de cet ordinateur.</translation>
    </message>
    <message>
        <source>1 change to it is kept here: it will wait until you are assigned to %2 again, and then be sent.</source>
        <translation>1 modification le concernant est gardée ici : elle attendra que vous soyez de nouveau affecté à %2, puis sera envoyée.</translation>
    </message>
    <message>
        <source>%1 changes to it are kept here: they wait until you are assigned to %2 again, and then go.</source>
        <translation>%1 modifications le concernant sont gardées ici : elles attendent que vous soyez de nouveau affecté à %2, puis partiront.</translation>
    </message>
    <message>
        <source>1 change held while its programme was unassigned was sent again.</source>
        <translation>1 modification gardée pendant que son programme n&apos;était plus affecté a été renvoyée.</translation>
    </message>
    <message>
        <source>%1 changes held while their programme was unassigned were sent again.</source>
        <translation>%1 modifications gardées pendant que leur programme n&apos;était plus affecté ont été renvoyées.</translation>
    </message>
    <message>
        <source>Your delete of a %1 (change %2) did not apply: %3</source>
        <translation>Votre suppression d&apos;un(e) %1 (modification %2) ne s&apos;est pas appliquée : %3</translation>
    </message>
    <message>
        <source>Sync cancelled; what was sent so far is safe.</source>
        <translation>Synchronisation annulée ; ce qui a déjà été envoyé est en sécurité.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation arrêtée : %1</translation>
    </message>
    <message>
        <source>This is the demo data file; it is never synced.</source>
        <translation>Ceci est le fichier de démonstration ; il n&apos;est jamais synchronisé.</translation>
    </message>
    <message>
        <source>The saved sign-in belongs to another laptop; sign in again.</source>
        <translation>La connexion enregistrée appartient à un autre ordinateur ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server keeps timing out; the changes stay queued and will be sent next time.</source>
        <translation>Le serveur ne répond toujours pas à temps ; les modifications restent en attente et seront envoyées la prochaine fois.</translation>
    </message>
    <message>
        <source>The server refused the changes (HTTP %1).</source>
        <translation>Le serveur a refusé les modifications (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused these changes.</source>
        <translation>Le serveur a refusé ces modifications.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not acknowledge this batch; nothing was marked as sent.</source>
        <translation>La réponse du serveur n&apos;accuse pas réception de ce lot ; rien n&apos;a été marqué comme envoyé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer lists none of the changes sent; nothing was marked as sent.</source>
        <translation>La réponse du serveur ne cite aucune des modifications envoyées ; rien n&apos;a été marqué comme envoyé.</translation>
    </message>
    <message>
        <source>The server keeps refusing our download position.</source>
        <translation>Le serveur refuse toujours notre position de téléchargement.</translation>
    </message>
    <message>
        <source>Downloaded changes could not be stored on this laptop (%1); nothing of that page was kept.</source>
        <translation>Les modifications téléchargées n&apos;ont pas pu être enregistrées sur cet ordinateur (%1) ; rien de cette page n&apos;a été gardé.</translation>
    </message>
    <message>
        <source>Sign in to a sync server first (fieldsessions login --server URL --user NAME).</source>
        <translation>Connectez-vous d&apos;abord à un serveur de synchronisation (fieldsessions login --server URL --user NOM).</translation>
    </message>
    <message>
        <source>No saved sign-in for %1; sign in again.</source>
        <translation>Aucune connexion enregistrée pour %1 ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1: something went wrong; the log has the details.</source>
        <translation>%1&#xa0;: un problème est survenu&#xa0;; le journal contient les détails.</translation>
    </message>
    <message>
        <source>The server does not have session %1 yet; it is sent again once the session is there.</source>
        <translation>Le serveur n&apos;a pas encore la séance %1 ; la modification sera renvoyée quand la séance y sera.</translation>
    </message>
    <message>
        <source>The server does not have participant %1 yet; it is sent again once the participant is there.</source>
        <translation>Le serveur n&apos;a pas encore le participant %1 ; la modification sera renvoyée quand le participant y sera.</translation>
    </message>
    <message>
        <source>The server does not have programme %1 yet; it is sent again once the programme is there.</source>
        <translation>Le serveur n&apos;a pas encore le programme %1 ; la modification sera renvoyée quand le programme y sera.</translation>
    </message>
    <message>
        <source>The server does not have record %1 yet; it is sent again once that record is there.</source>
        <translation>Le serveur n&apos;a pas encore l&apos;enregistrement %1 ; la modification sera renvoyée quand il y sera.</translation>
    </message>
    <message>
        <source>The server does not know this kind of record.</source>
        <translation>Le serveur ne connaît pas ce type d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>This change does not say which record it is about.</source>
        <translation>Cette modification ne dit pas quel enregistrement elle concerne.</translation>
    </message>
    <message>
        <source>The id of this change does not match the records it is about.</source>
        <translation>L&apos;identifiant de cette modification ne correspond pas aux enregistrements qu&apos;elle concerne.</translation>
    </message>
    <message>
        <source>This change does not name the records it is about.</source>
        <translation>Cette modification ne nomme pas les enregistrements qu&apos;elle concerne.</translation>
    </message>
    <message>
        <source>A record cannot move to another programme.</source>
        <translation>Un enregistrement ne peut pas passer dans un autre programme.</translation>
    </message>
    <message>
        <source>Participant %1 belongs to programmes you are not assigned to.</source>
        <translation>Le participant %1 appartient à des programmes auxquels vous n&apos;êtes pas affecté.</translation>
    </message>
    <message>
        <source>Record %1 belongs to someone else.</source>
        <translation>L&apos;enregistrement %1 appartient à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>You are not assigned to programme %1.</source>
        <translation>Vous n&apos;êtes pas affecté au programme %1.</translation>
    </message>
    <message>
        <source>Session %1 is in another programme.</source>
        <translation>La séance %1 est dans un autre programme.</translation>
    </message>
    <message>
        <source>Record %1 is in another programme.</source>
        <translation>L&apos;enregistrement %1 est dans un autre programme.</translation>
    </message>
    <message>
        <source>A new record needs %1.</source>
        <translation>Un nouvel enregistrement a besoin de %1.</translation>
    </message>
    <message>
        <source>Record %1 was deleted before the server received it.</source>
        <translation>L&apos;enregistrement %1 a été supprimé avant que le serveur ne le reçoive.</translation>
    </message>
    <message>
        <source>A later edit from another device keeps this record.</source>
        <translation>Une modification plus récente venue d&apos;un autre ordinateur garde cet enregistrement.</translation>
    </message>
    <message>
        <source>Concurrent edit of %1: the later change was kept and the other saved as a conflict.</source>
        <translation>Modification simultanée de %1 : la plus récente a été gardée et l&apos;autre enregistrée comme conflit.</translation>
    </message>
    <message>
        <source>Change %1 of this device was already received with different content; the first one was kept.</source>
        <translation>La modification %1 de cet ordinateur a déjà été reçue avec un autre contenu ; la première a été gardée.</translation>
    </message>
    <message>
        <source>This change is stamped more than 24 hours ahead of the server&apos;s clock; check the laptop&apos;s date and time.</source>
        <translation>Cette modification est datée de plus de 24 heures en avance sur l&apos;horloge du serveur ; vérifiez la date et l&apos;heure de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The server could not store this change just now.</source>
        <translation>Le serveur n&apos;a pas pu enregistrer cette modification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Sign in first: this request has no device token.</source>
        <translation>Connectez-vous d&apos;abord : cette demande n&apos;a pas de jeton d&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Too many requests from this device; slow down.</source>
        <translation>Trop de demandes depuis cet ordinateur ; ralentissez.</translation>
    </message>
    <message>
        <source>This device token is not valid.</source>
        <translation>Ce jeton d&apos;ordinateur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This device token is not valid or was revoked; sign in again.</source>
        <translation>Ce jeton d&apos;ordinateur n&apos;est pas valide ou a été révoqué ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>This laptop&apos;s sign-in is older than %1 days and has expired; sign in again.</source>
        <translation>La connexion de cet ordinateur date de plus de %1 jours et a expiré ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts; wait a little.</source>
        <translation>Trop de tentatives de connexion ; patientez un peu.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This laptop&apos;s data file is registered to another facilitator; sign in from your own data file.</source>
        <translation>Le fichier de données de cet ordinateur est enregistré au nom d&apos;un autre animateur ; connectez-vous depuis votre propre fichier de données.</translation>
    </message>
    <message>
        <source>This laptop signed in twice at once; try again.</source>
        <translation>Cet ordinateur s&apos;est connecté deux fois en même temps ; réessayez.</translation>
    </message>
    <message>
        <source>This device token belongs to another device.</source>
        <translation>Ce jeton appartient à un autre ordinateur.</translation>
    </message>
    <message>
        <source>No such programme among yours.</source>
        <translation>Ce programme ne fait pas partie des vôtres.</translation>
    </message>
    <message>
        <source>You are no longer assigned to %1.</source>
        <translation>Vous n&apos;êtes plus affecté à %1.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The data file could not be opened (%1). Details are in the log file.</source>
        <translation>Le fichier de données n&apos;a pas pu être ouvert (%1). Les détails sont dans le fichier journal.</translation>
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
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>Places restantes</translation>
    </message>
    <message>
        <source>Enrolment message</source>
        <translation>Message d&apos;inscription</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>Annuler l&apos;ins&amp;cription</translation>
    </message>
    <message>
        <source>Cancel the selected booking or waitlist place</source>
        <translation>Annuler l&apos;inscription ou la place en liste d&apos;attente sélectionnée</translation>
    </message>
    <message>
        <source>Delete key in the lists; a freed place goes to the first person on the waitlist</source>
        <translation>Touche Delete dans les listes&#xa0;; une place libérée va à la première personne de la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Re&amp;move person…</source>
        <translation>Re&amp;tirer la personne…</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Retirer la personne sélectionnée</translation>
    </message>
    <message>
        <source>Shift+Delete in the lists. Deleted when nothing was recorded for them, else taken off every programme with their history kept.</source>
        <translation>Shift+Delete dans les listes. Supprimée si rien n&apos;a été enregistré pour elle, sinon retirée de tous les programmes en gardant son historique.</translation>
    </message>
    <message>
        <source>Person&apos;s pa&amp;ge…</source>
        <translation>Fiche de &amp;la personne…</translation>
    </message>
    <message>
        <source>Show the selected person&apos;s outcomes across programmes and pathway progress</source>
        <translation>Voir les acquis de la personne sélectionnée dans tous les programmes et sa progression dans les parcours</translation>
    </message>
    <message>
        <source>Find a person to enrol</source>
        <translation>Trouver une personne à inscrire</translation>
    </message>
    <message>
        <source>Name or ID of a registered person</source>
        <translation>Nom ou identifiant d&apos;une personne enregistrée</translation>
    </message>
    <message>
        <source>People who can be enrolled</source>
        <translation>Personnes qui peuvent être inscrites</translation>
    </message>
    <message>
        <source>En&amp;rol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Enrol the selected person</source>
        <translation>Inscrire la personne sélectionnée</translation>
    </message>
    <message>
        <source>Enter in the list; books a place, or the waitlist when the programme is full</source>
        <translation>Enter dans la liste&#xa0;; réserve une place, ou la liste d&apos;attente si le programme est complet</translation>
    </message>
    <message>
        <source>Fin&amp;d a person to enrol:</source>
        <translation>Tro&amp;uver une personne à inscrire&#xa0;:</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>No session chosen. Open a session&apos;s roll (Enter on it in the Sessions tab) to see who is booked and enrol people.</source>
        <translation>Aucune séance choisie. Ouvrez la liste d&apos;appel d&apos;une séance (Enter sur celle-ci dans l&apos;onglet Séances) pour voir qui est inscrit et inscrire des personnes.</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>non-inscrit</translation>
    </message>
    <message>
        <source>Booked (%1)</source>
        <translation>Inscrits (%1)</translation>
    </message>
    <message>
        <source>Waitlist (%1)</source>
        <translation>Liste d&apos;attente (%1)</translation>
    </message>
    <message>
        <source>%1: no limit on places.</source>
        <translation>%1&#xa0;: places illimitées.</translation>
    </message>
    <message>
        <source>%1: full. New enrolments go on the waitlist.</source>
        <translation>%1&#xa0;: complet. Les nouvelles inscriptions vont sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>%1: 1 place left.</source>
        <translation>%1&#xa0;: 1 place restante.</translation>
    </message>
    <message>
        <source>%1: %2 places left.</source>
        <translation>%1&#xa0;: %2 places restantes.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>enrolment of %1</source>
        <translation>inscription de %1</translation>
    </message>
    <message>
        <source>The programme is full: %1 is on the waitlist.</source>
        <translation>Le programme est complet&#xa0;: %1 est sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>%1 is booked.</source>
        <translation>%1 est inscrit(e).</translation>
    </message>
    <message>
        <source>cancelled place of %1</source>
        <translation>place annulée de %1</translation>
    </message>
    <message>
        <source>%1&apos;s place is cancelled (Ctrl+Z takes it back).</source>
        <translation>La place de %1 est annulée (Ctrl+Z pour revenir en arrière).</translation>
    </message>
    <message>
        <source>%1 moved up from the waitlist and is now booked.</source>
        <translation>%1 quitte la liste d&apos;attente et est maintenant inscrit(e).</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>Rien à annuler sur cette page.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Delete %1 from this laptop? Nothing was recorded for them; %2 too, and they are deleted from the server at the next sync.</source>
        <translation>Supprimer %1 de cet ordinateur&#xa0;? Rien n&apos;a été enregistré pour cette personne&#xa0;; %2 aussi, et elle sera supprimée du serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>their 1 booking goes</source>
        <translation>sa réservation part</translation>
    </message>
    <message>
        <source>their %1 bookings go</source>
        <translation>ses %1 réservations partent</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>&amp;Supprimer la personne</translation>
    </message>
    <message>
        <source>%1 has %2, so they cannot be deleted. Take them off every programme? Their history is kept for the reports.</source>
        <translation>%1 a %2, et ne peut donc pas être supprimé(e). La retirer de tous les programmes&#xa0;? Son historique est gardé pour les rapports.</translation>
    </message>
    <message>
        <source>1 attendance mark or tick</source>
        <translation>1 marque de présence ou coche</translation>
    </message>
    <message>
        <source>%1 attendance marks or ticks</source>
        <translation>%1 marques de présence ou coches</translation>
    </message>
    <message>
        <source>&amp;Take off every programme</source>
        <translation>&amp;Retirer de tous les programmes</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimé(e).</translation>
    </message>
    <message>
        <source>%1 is off every programme; their history is kept.</source>
        <translation>%1 est retiré(e) de tous les programmes&#xa0;; son historique est gardé.</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Un problème est survenu&#xa0;; le journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>FacilitatorNameDialog</name>
    <message>
        <source>Welcome to fieldsessions</source>
        <translation>Bienvenue dans fieldsessions</translation>
    </message>
    <message>
        <source>What is your name? It is printed on attendance sheets, session reports and exports. You can change it later in Settings.</source>
        <translation>Quel est votre nom&#xa0;? Il est imprimé sur les feuilles de présence, les rapports de séance et les exports. Vous pourrez le changer plus tard dans Paramètres.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>e.g. Amina Otieno</source>
        <translation>p. ex. Amina Otieno</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Your name could not be saved (%1). Details are in the log file.</source>
        <translation>Votre nom n&apos;a pas pu être enregistré (%1). Les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation>Importer une liste de participants</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Fichier de la liste</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with a header row</source>
        <translation>Un fichier CSV ou XLSX avec une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a roster file</source>
        <translation>Choisir un fichier de liste</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Enrol into programme</source>
        <translation>Inscrire au programme</translation>
    </message>
    <message>
        <source>(do not enrol; only add the people)</source>
        <translation>(ne pas inscrire&#xa0;; seulement ajouter les personnes)</translation>
    </message>
    <message>
        <source>&amp;Enrol into:</source>
        <translation>&amp;Inscrire à&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Aperçu du fichier</translation>
    </message>
    <message>
        <source>Rows that will not be imported:</source>
        <translation>Lignes qui ne seront pas importées&#xa0;:</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Lignes qui ne seront pas importées</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file. Nothing is saved until you press Import.</source>
        <translation>Choisissez un fichier CSV ou XLSX. Rien n&apos;est enregistré avant d&apos;appuyer sur Importer.</translation>
    </message>
    <message>
        <source>Roster files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listes de participants (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Signifie</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Meaning of column %1</source>
        <translation>Signification de la colonne %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>1 person ready to import: %2 new, %3 already stored (not added again; enrolled if not yet).</source>
        <translation>1 personne prête à importer&#xa0;: %2 nouvelle, %3 déjà enregistrée (pas ajoutée à nouveau&#xa0;; inscrite si elle ne l&apos;est pas encore).</translation>
    </message>
    <message>
        <source>%1 people ready to import: %2 new, %3 already stored (not added again; enrolled if they are not yet).</source>
        <translation>%1 personnes prêtes à importer&#xa0;: %2 nouvelles, %3 déjà enregistrées (pas ajoutées à nouveau&#xa0;; inscrites si elles ne le sont pas encore).</translation>
    </message>
    <message>
        <source>1 person ready to import.</source>
        <translation>1 personne prête à importer.</translation>
    </message>
    <message>
        <source>%1 people ready to import.</source>
        <translation>%1 personnes prêtes à importer.</translation>
    </message>
    <message>
        <source>1 row has a problem and will be skipped (listed above); fix it in the file or the column boxes, or import the rest now.</source>
        <translation>1 ligne a un problème et sera ignorée (voir ci-dessus)&#xa0;; corrigez-la dans le fichier ou les choix de colonnes, ou importez le reste maintenant.</translation>
    </message>
    <message>
        <source>%1 rows have problems and will be skipped (listed above); fix them in the file or the column boxes, or import the rest now.</source>
        <translation>%1 lignes ont des problèmes et seront ignorées (voir ci-dessus)&#xa0;; corrigez-les dans le fichier ou les choix de colonnes, ou importez le reste maintenant.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Imported 1 new person.</source>
        <translation>1 nouvelle personne importée.</translation>
    </message>
    <message>
        <source>Imported %1 new people.</source>
        <translation>%1 nouvelles personnes importées.</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 on the waitlist.</source>
        <translation>%1 inscrites, %2 sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>1 row skipped (listed above).</source>
        <translation>1 ligne ignorée (voir ci-dessus).</translation>
    </message>
    <message>
        <source>%1 rows skipped (listed above).</source>
        <translation>%1 lignes ignorées (voir ci-dessus).</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>Le fichier ne peut pas être ouvert (%1).</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details. Nothing was imported.</source>
        <translation>Un problème est survenu&#xa0;; le journal contient les détails. Rien n&apos;a été importé.</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <source>Create a programme and its sessions</source>
        <translation>Créer un programme et ses séances</translation>
    </message>
    <message>
        <source>&amp;Edit programme…</source>
        <translation>&amp;Modifier le programme…</translation>
    </message>
    <message>
        <source>Change the selected programme</source>
        <translation>Modifier le programme sélectionné</translation>
    </message>
    <message>
        <source>Take &amp;roll</source>
        <translation>Faire l&apos;&amp;appel</translation>
    </message>
    <message>
        <source>Take the roll of the selected session, or of today&apos;s next one</source>
        <translation>Faire l&apos;appel de la séance sélectionnée, ou de la prochaine séance du jour</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel file</source>
        <translation>Ajouter des participants depuis un fichier CSV ou Excel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print attendance sheets and reports</source>
        <translation>Imprimer les feuilles de présence et les rapports</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <source>Send changes to the server and get the latest</source>
        <translation>Envoyer les modifications au serveur et recevoir les dernières</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Your name, this laptop&apos;s name, the data file, the language</source>
        <translation>Votre nom, le nom de cet ordinateur, le fichier de données, la langue</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close fieldsessions</source>
        <translation>Fermer fieldsessions</translation>
    </message>
    <message>
        <source>&amp;About fieldsessions</source>
        <translation>À &amp;propos de fieldsessions</translation>
    </message>
    <message>
        <source>Version and data file</source>
        <translation>Version et fichier de données</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>Toutes les touches auxquelles la fenêtre répond</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change made on this tab</source>
        <translation>Annuler la dernière modification faite dans cet onglet</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Show the %1 tab</source>
        <translation>Afficher l&apos;onglet %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync available&lt;/b&gt;</source>
        <translation>&lt;b&gt;Synchronisation possible&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sync available</source>
        <translation>Synchronisation possible</translation>
    </message>
    <message>
        <source>The sync server can be reached: press Sync to send the changes waiting on this laptop.</source>
        <translation>Le serveur de synchronisation est joignable&#xa0;: appuyez sur Synchroniser pour envoyer les modifications en attente sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Reading the data file…</source>
        <translation>Lecture du fichier de données…</translation>
    </message>
    <message>
        <source>Nothing to undo on this tab.</source>
        <translation>Rien à annuler dans cet onglet.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Aucune modification en attente</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 modification en attente</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 modifications en attente</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Demo data · nothing here is sent to the server</source>
        <translation>Données de démonstration · rien ici n&apos;est envoyé au serveur</translation>
    </message>
    <message>
        <source>Changes are kept on this laptop until Sync sends them to the server.</source>
        <translation>Les modifications restent sur cet ordinateur jusqu&apos;à ce que Synchroniser les envoie au serveur.</translation>
    </message>
    <message>
        <source>fieldsessions — DEMO DATA (practice only, never sent to the server)</source>
        <translation>fieldsessions — DONNÉES DE DÉMONSTRATION (pour s&apos;exercer, jamais envoyées au serveur)</translation>
    </message>
    <message>
        <source>The demo data is never sent to the server.</source>
        <translation>Les données de démonstration ne sont jamais envoyées au serveur.</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Un problème est survenu (%1)&#xa0;; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>The demo data opens in a window of its own, from a separate file (%1); nothing in it is sent to the server. This data file stays yours.</source>
        <translation>Les données de démonstration s&apos;ouvrent dans une fenêtre à part, depuis un fichier séparé (%1)&#xa0;; rien n&apos;y est envoyé au serveur. Votre fichier de données reste le vôtre.</translation>
    </message>
    <message>
        <source>The demo window could not be started.</source>
        <translation>La fenêtre de démonstration n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <source>About fieldsessions</source>
        <translation>À propos de fieldsessions</translation>
    </message>
    <message>
        <source>&lt;b&gt;fieldsessions&lt;/b&gt; %1&lt;br&gt;Attendance, roll call and reports for facilitators, offline first.&lt;br&gt;&lt;br&gt;Data file: %2</source>
        <translation>&lt;b&gt;fieldsessions&lt;/b&gt; %1&lt;br&gt;Présence, appel et rapports pour les animateurs, d&apos;abord hors ligne.&lt;br&gt;&lt;br&gt;Fichier de données&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MarkHistoryDialog</name>
    <message>
        <source>History of %1&apos;s mark</source>
        <translation>Historique de la marque de %1</translation>
    </message>
    <message>
        <source>1 change, from every laptop that has synced.</source>
        <translation>1 modification, de tous les ordinateurs synchronisés.</translation>
    </message>
    <message>
        <source>%1 changes, from every laptop that has synced, oldest first.</source>
        <translation>%1 modifications, de tous les ordinateurs synchronisés, de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>This mark has no history: it was never changed.</source>
        <translation>Cette marque n&apos;a pas d&apos;historique&#xa0;: elle n&apos;a jamais été modifiée.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>(received without its own entry)</source>
        <translation>(reçue sans sa propre entrée)</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
</context>
<context>
    <name>OutcomeGrid</name>
    <message>
        <source>Outcome tick-off</source>
        <translation>Validation des acquis</translation>
    </message>
    <message>
        <source>Outcomes achieved, one row per participant</source>
        <translation>Acquis obtenus, une ligne par participant</translation>
    </message>
    <message>
        <source>Space ticks or unticks; arrows move</source>
        <translation>Space coche ou décoche&#xa0;; les flèches déplacent</translation>
    </message>
    <message>
        <source>Tick-off message</source>
        <translation>Message de validation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; ticks or unticks · &lt;b&gt;arrows&lt;/b&gt; move · hover a column title for the whole outcome</source>
        <translation>&lt;b&gt;Space&lt;/b&gt; coche ou décoche · &lt;b&gt;flèches&lt;/b&gt; pour se déplacer · survolez un titre de colonne pour voir l&apos;acquis en entier</translation>
    </message>
    <message>
        <source>This session has no outcomes to tick off. Add them to the programme&apos;s outcome list.</source>
        <translation>Cette séance n&apos;a aucun acquis à cocher. Ajoutez-les à la liste des acquis du programme.</translation>
    </message>
    <message>
        <source>Nobody is on this session&apos;s roll yet.</source>
        <translation>Personne n&apos;est encore sur la liste d&apos;appel de cette séance.</translation>
    </message>
    <message>
        <source>tick of %1: %2</source>
        <translation>coche de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>untick of %1: %2</source>
        <translation>décoche de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>Rien à annuler sur cette page.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Un problème est survenu&#xa0;; le journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>obtenu</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>non obtenu</translation>
    </message>
</context>
<context>
    <name>PaperReviewDialog</name>
    <message>
        <source>Read paper sheets</source>
        <translation>Lire les feuilles papier</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Ce qui a été lu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Rows of the page</source>
        <translation>Lignes de la page</translation>
    </message>
    <message>
        <source>P present, L late, E excused, A absent, Delete writes nothing; arrows move; Enter accepts the page</source>
        <translation>P présent, L en retard, E excusé, A absent, Delete n&apos;écrit rien ; les flèches déplacent ; Enter accepte la page</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Sur papier</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Will be written</source>
        <translation>Sera écrit</translation>
    </message>
    <message>
        <source>Boxes: P · L · E · A</source>
        <translation>Cases : P · L · E · A</translation>
    </message>
    <message>
        <source>Why the page was refused</source>
        <translation>Pourquoi la page a été refusée</translation>
    </message>
    <message>
        <source>Walk-ins written on this page: type each name (and ID or phone) as written. They are added as walk-ins when you accept the page; a row left without a name is not.</source>
        <translation>Non-inscrits écrits sur cette page : saisissez chaque nom (et identifiant ou téléphone) tel qu&apos;il est écrit. Ils sont ajoutés comme non-inscrits quand vous acceptez la page ; une ligne laissée sans nom ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>The page, straightened</source>
        <translation>La page, redressée</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;E&lt;/b&gt; excused · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Del&lt;/b&gt; write nothing · &lt;b&gt;↑ ↓&lt;/b&gt; move · &lt;b&gt;Enter&lt;/b&gt; accept the page</source>
        <translation>&lt;b&gt;P&lt;/b&gt; présent · &lt;b&gt;L&lt;/b&gt; retard · &lt;b&gt;E&lt;/b&gt; excusé · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Del&lt;/b&gt; ne rien écrire · &lt;b&gt;↑ ↓&lt;/b&gt; déplacer · &lt;b&gt;Enter&lt;/b&gt; accepter la page</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>&amp;Accept page</source>
        <translation>&amp;Accepter la page</translation>
    </message>
    <message>
        <source>Write this page&apos;s marks in one go (Enter); Ctrl+Z on the roll undoes them</source>
        <translation>Écrire les marques de cette page en une fois (Enter) ; Ctrl+Z sur la liste d&apos;appel les annule</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Name · outcome</source>
        <translation>Nom · acquis</translation>
    </message>
    <message>
        <source>The row&apos;s outcome boxes</source>
        <translation>Cases d&apos;acquis de la ligne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; tick or untick the selected outcome box · &lt;b&gt;↑ ↓&lt;/b&gt; move · &lt;b&gt;Enter&lt;/b&gt; accept the page</source>
        <translation>&lt;b&gt;Space&lt;/b&gt; cocher ou décocher la case sélectionnée · &lt;b&gt;↑ ↓&lt;/b&gt; déplacer · &lt;b&gt;Enter&lt;/b&gt; accepter la page</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected outcome box; arrows move; Enter accepts the page</source>
        <translation>Space coche ou décoche la case d&apos;acquis sélectionnée ; les flèches déplacent ; Enter accepte la page</translation>
    </message>
    <message>
        <source>%1 read, %2 refused.</source>
        <translation>Lu : %1 ; refusées : %2.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Skipped as blank: %1.</source>
        <translation>Ignorées car vides : %1.</translation>
    </message>
    <message>
        <source>Doubtful rows come first; nothing is written before you accept a page.</source>
        <translation>Les lignes douteuses viennent en premier ; rien n&apos;est écrit avant que vous acceptiez une page.</translation>
    </message>
    <message>
        <source>The sheets could not be read</source>
        <translation>Les feuilles n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>Rien n&apos;a été lu.</translation>
    </message>
    <message>
        <source>%1 — refused</source>
        <translation>%1 — refusée</translation>
    </message>
    <message>
        <source>%1
%2, tick-off page %3</source>
        <translation>%1
%2, page %3 de la grille</translation>
    </message>
    <message>
        <source>✓ 1 tick written</source>
        <translation>✓ 1 coche écrite</translation>
    </message>
    <message>
        <source>✓ %1 ticks written</source>
        <translation>✓ %1 coches écrites</translation>
    </message>
    <message>
        <source>%1
%2, sheet page %3</source>
        <translation>%1
%2, page %3 de la feuille</translation>
    </message>
    <message>
        <source>✓ 1 mark written</source>
        <translation>✓ 1 marque écrite</translation>
    </message>
    <message>
        <source>✓ %1 marks written</source>
        <translation>✓ %1 marques écrites</translation>
    </message>
    <message>
        <source>Refused: nothing on this page is written.</source>
        <translation>Refusée : rien de cette page n&apos;est écrit.</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1 ?</translation>
    </message>
    <message>
        <source>%1 (the copies differ)</source>
        <translation>%1 (les copies diffèrent)</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>non marqué</translation>
    </message>
    <message>
        <source>The boxes as read: present, late, excused, absent</source>
        <translation>Les cases telles que lues : présent, en retard, excusé, absent</translation>
    </message>
    <message>
        <source>%1 · %2. %3</source>
        <translation>%1 · %2. %3</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>The row&apos;s outcome boxes as read, left to right; this outcome&apos;s box framed in red</source>
        <translation>Les cases d&apos;acquis de la ligne telles que lues, de gauche à droite ; la case de cet acquis est encadrée en rouge</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>This page was read more than once and its copies differ here: %1. Nothing is written unless you choose.</source>
        <translation>Cette page a été lue plusieurs fois et ses copies diffèrent ici : %1. Rien n&apos;est écrit sans votre choix.</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>coché</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>décoché</translation>
    </message>
    <message>
        <source>Walk-in row %1 as written</source>
        <translation>Ligne de non-inscrit %1 telle qu&apos;écrite</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Nom tel qu&apos;écrit</translation>
    </message>
    <message>
        <source>Name of walk-in row %1</source>
        <translation>Nom de la ligne de non-inscrit %1</translation>
    </message>
    <message>
        <source>ID or phone</source>
        <translation>Identifiant ou téléphone</translation>
    </message>
    <message>
        <source>ID or phone of walk-in row %1</source>
        <translation>Identifiant ou téléphone de la ligne de non-inscrit %1</translation>
    </message>
    <message>
        <source>Mark of walk-in row %1</source>
        <translation>Marque de la ligne de non-inscrit %1</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation>garder %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 (already)</source>
        <translation>%1 (déjà)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Row %1: the paper says %2, the laptop has %3. The laptop&apos;s mark is kept unless you press %4 (or another letter) for this row.</source>
        <translation>Ligne %1 : le papier dit %2, l&apos;ordinateur a %3. La marque de l&apos;ordinateur est gardée sauf si vous appuyez sur %4 (ou une autre lettre) pour cette ligne.</translation>
    </message>
    <message>
        <source>This page is written already; correct a mark on the roll.</source>
        <translation>Cette page est déjà écrite ; corrigez une marque sur la liste d&apos;appel.</translation>
    </message>
    <message>
        <source>paper sheet, page %1</source>
        <translation>feuille papier, page %1</translation>
    </message>
    <message>
        <source>Page %1: %2, queued for sync; the page image is kept in %3.</source>
        <translation>Page %1 : %2, en attente de synchronisation ; l&apos;image de la page est gardée dans %3.</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non marqué</translation>
    </message>
    <message>
        <source>Blank rows with ticks, for people not listed: these ticks are not written. Add each person as a walk-in on the Roster tab, then tick them on the Outcomes tab.</source>
        <translation>Lignes vides cochées, pour des personnes absentes de la liste : ces coches ne sont pas écrites. Ajoutez chaque personne comme non-inscrit dans l&apos;onglet Participants, puis cochez-la dans l&apos;onglet Acquis.</translation>
    </message>
    <message>
        <source>Row %1: outcomes %2 ticked</source>
        <translation>Ligne %1 : acquis %2 cochés</translation>
    </message>
    <message>
        <source>Blank row %1 as ticked</source>
        <translation>Ligne vide %1 telle que cochée</translation>
    </message>
    <message>
        <source>Row %1, outcome %2: %3</source>
        <translation>Ligne %1, acquis %2 : %3</translation>
    </message>
    <message>
        <source>Row %1, outcome %2: the paper says %3, the laptop has %4. The laptop&apos;s tick is kept unless you press Space for this box.</source>
        <translation>Ligne %1, acquis %2 : le papier dit %3, l&apos;ordinateur dit %4. La coche de l&apos;ordinateur est gardée sauf si vous appuyez sur Space pour cette case.</translation>
    </message>
    <message>
        <source>This page is written already; correct a tick on the Outcomes tab.</source>
        <translation>Cette page est déjà écrite ; corrigez une coche dans l&apos;onglet Acquis.</translation>
    </message>
    <message>
        <source>1 tick written</source>
        <translation>1 coche écrite</translation>
    </message>
    <message>
        <source>%1 ticks written</source>
        <translation>%1 coches écrites</translation>
    </message>
    <message>
        <source>1 mark written</source>
        <translation>1 marque écrite</translation>
    </message>
    <message>
        <source>%1 marks written</source>
        <translation>%1 marques écrites</translation>
    </message>
    <message>
        <source>1 walk-in added.</source>
        <translation>1 non-inscrit ajouté.</translation>
    </message>
    <message>
        <source>%1 walk-ins added.</source>
        <translation>%1 non-inscrits ajoutés.</translation>
    </message>
    <message>
        <source>Every page read is written.</source>
        <translation>Toutes les pages lues sont écrites.</translation>
    </message>
    <message>
        <source>The page was not written</source>
        <translation>La page n&apos;a pas été écrite</translation>
    </message>
    <message>
        <source>Scans and photos of sheets (%1);;All files (*)</source>
        <translation>Scans et photos de feuilles (%1);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ParticipantPageDialog</name>
    <message>
        <source>%1 — participant</source>
        <translation>%1 — participant</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>&amp;Outcomes achieved, across programmes:</source>
        <translation>&amp;Acquis obtenus, dans tous les programmes&#xa0;:</translation>
    </message>
    <message>
        <source>Outcomes achieved</source>
        <translation>Acquis obtenus</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>First achieved</source>
        <translation>Obtenu la première fois</translation>
    </message>
    <message>
        <source>&amp;Pathways:</source>
        <translation>&amp;Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Pathway progress</source>
        <translation>Progression dans les parcours</translation>
    </message>
    <message>
        <source>%1: complete on %2</source>
        <translation>%1&#xa0;: terminé le %2</translation>
    </message>
    <message>
        <source>%1: still needs %2</source>
        <translation>%1&#xa0;: il manque encore %2</translation>
    </message>
    <message>
        <source>No outcome is ticked as achieved for %1 yet. Outcomes are ticked on a session&apos;s Outcomes page (Roster tab).</source>
        <translation>Aucun acquis n&apos;est encore coché comme obtenu pour %1. Les acquis se cochent sur la page Acquis d&apos;une séance (onglet Participants).</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 dans %2.</translation>
    </message>
    <message>
        <source>1 outcome</source>
        <translation>1 acquis</translation>
    </message>
    <message>
        <source>%1 outcomes</source>
        <translation>%1 acquis</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>1 programme</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1 programmes</translation>
    </message>
    <message>
        <source>No pathways yet. A pathway groups programmes that together earn a certificate; make one in a programme&apos;s Edit dialog.</source>
        <translation>Pas encore de parcours. Un parcours regroupe des programmes qui, ensemble, donnent droit à un certificat&#xa0;; créez-en un dans la fenêtre Modifier d&apos;un programme.</translation>
    </message>
    <message>
        <source>The page could not be loaded (%1); details are in the log file.</source>
        <translation>La page n&apos;a pas pu être chargée (%1)&#xa0;; les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>PathwayPage</name>
    <message>
        <source>Pathways with this programme</source>
        <translation>Parcours avec ce programme</translation>
    </message>
    <message>
        <source>Name of the new pathway</source>
        <translation>Nom du nouveau parcours</translation>
    </message>
    <message>
        <source>e.g. Safety certificate</source>
        <translation>p. ex. Certificat de sécurité</translation>
    </message>
    <message>
        <source>New pathway na&amp;me:</source>
        <translation>No&amp;m du nouveau parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Other programmes in the new pathway</source>
        <translation>Autres programmes du nouveau parcours</translation>
    </message>
    <message>
        <source>Also &amp;in it (Space ticks):</source>
        <translation>Aussi &amp;dedans (Space coche)&#xa0;:</translation>
    </message>
    <message>
        <source>An&amp;y one of the ticked programmes is enough</source>
        <translation>N&apos;importe &amp;lequel des programmes cochés suffit</translation>
    </message>
    <message>
        <source>Unticked: this programme and every ticked one are needed. Ticked: this programme and any one of the ticked ones.</source>
        <translation>Non coché&#xa0;: ce programme et chacun des programmes cochés sont nécessaires. Coché&#xa0;: ce programme et l&apos;un quelconque des programmes cochés.</translation>
    </message>
    <message>
        <source>&amp;Create pathway</source>
        <translation>Créer le &amp;parcours</translation>
    </message>
    <message>
        <source>Save the programme first; then reopen it with Edit to put it in a pathway (programmes that together earn a certificate).</source>
        <translation>Enregistrez d&apos;abord le programme&#xa0;; puis rouvrez-le avec Modifier pour le mettre dans un parcours (des programmes qui, ensemble, donnent droit à un certificat).</translation>
    </message>
    <message>
        <source>%1: needs %2</source>
        <translation>%1&#xa0;: il faut %2</translation>
    </message>
    <message>
        <source>This programme is not in a pathway yet. A pathway groups programmes that together earn a certificate: make one below.</source>
        <translation>Ce programme n&apos;est pas encore dans un parcours. Un parcours regroupe des programmes qui, ensemble, donnent droit à un certificat&#xa0;: créez-en un ci-dessous.</translation>
    </message>
    <message>
        <source>Pathways with this programme:</source>
        <translation>Parcours avec ce programme&#xa0;:</translation>
    </message>
    <message>
        <source>Tick two or more programmes to offer a choice, or untick “Any one … is enough”.</source>
        <translation>Cochez deux programmes ou plus pour offrir un choix, ou décochez « N&apos;importe lequel … suffit ».</translation>
    </message>
    <message>
        <source>Pathway “%1” created.</source>
        <translation>Parcours « %1 » créé.</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Un problème est survenu (%1)&#xa0;; les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Save the programme</source>
        <translation>Enregistrer le programme</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>After every session</source>
        <translation>Après chaque séance</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Once, at the end</source>
        <translation>Une fois, à la fin</translation>
    </message>
    <message>
        <source>How often the programme is reported on</source>
        <translation>À quelle fréquence le programme fait l&apos;objet d&apos;un rapport</translation>
    </message>
    <message>
        <source>Report &amp;frequency:</source>
        <translation>&amp;Fréquence des rapports&#xa0;:</translation>
    </message>
    <message>
        <source>Pat&amp;hways</source>
        <translation>Pa&amp;rcours</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Edit programme — %1</source>
        <translation>Modifier le programme — %1</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>Choose exactly one weekday for “a weekday of the month”.</source>
        <translation>Choisissez exactement un jour de la semaine pour « un jour de la semaine du mois ».</translation>
    </message>
    <message>
        <source>Say when the programme ends.</source>
        <translation>Indiquez quand le programme se termine.</translation>
    </message>
    <message>
        <source>The outcome “%1” is listed twice.</source>
        <translation>L&apos;acquis « %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>Co&amp;mmence le&#xa0;:</translation>
    </message>
    <message>
        <source>This schedule makes no sessions; check the dates and weekdays.</source>
        <translation>Ce calendrier ne crée aucune séance&#xa0;; vérifiez les dates et les jours de la semaine.</translation>
    </message>
    <message>
        <source>Save the programme (Ctrl+Enter)</source>
        <translation>Enregistrer le programme (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No sessions to preview until the problem below is fixed.</source>
        <translation>Pas d&apos;aperçu des séances tant que le problème ci-dessous n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>1 session, on %1, %2–%3 (%4).</source>
        <translation>1 séance, le %1, %2–%3 (%4).</translation>
    </message>
    <message>
        <source>%1 sessions, from %2 to %3, each %4–%5 (%6).</source>
        <translation>%1 séances, du %2 au %3, chacune %4–%5 (%6).</translation>
    </message>
    <message>
        <source>1 excluded date skipped.</source>
        <translation>1 date exclue ignorée.</translation>
    </message>
    <message>
        <source>%1 excluded dates skipped.</source>
        <translation>%1 dates exclues ignorées.</translation>
    </message>
    <message>
        <source>Saving keeps every session whose date is still in this schedule (its printed sheet stays valid), past sessions and any session with marks, ticks or a report; only dates no longer in the schedule are removed.</source>
        <translation>L&apos;enregistrement garde chaque séance dont la date est encore dans ce calendrier (sa feuille imprimée reste valable), les séances passées et toute séance avec des marques, des coches ou un rapport&#xa0;; seules les dates qui ne sont plus dans le calendrier sont retirées.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1 is already running “%2” on %3, %4–%5, while a session of this programme is on.</source>
        <translation>%1 anime déjà « %2 » le %3, %4–%5, pendant une séance de ce programme.</translation>
    </message>
    <message>
        <source>The facilitator</source>
        <translation>L&apos;animateur</translation>
    </message>
    <message>
        <source>1 more session clashes too.</source>
        <translation>1 autre séance est aussi en conflit.</translation>
    </message>
    <message>
        <source>%1 more sessions clash too.</source>
        <translation>%1 autres séances sont aussi en conflit.</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation>Double réservation</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>1 session will be removed because its date is no longer in the schedule: %2. Nothing was recorded in it; a sheet already printed for it will not match any session.</source>
        <translation>1 séance sera retirée car sa date n&apos;est plus dans le calendrier&#xa0;: %2. Rien n&apos;y a été enregistré&#xa0;; une feuille déjà imprimée pour elle ne correspondra à aucune séance.</translation>
    </message>
    <message>
        <source>%1 sessions will be removed because their dates are no longer in the schedule: %2. Nothing was recorded in them; a sheet already printed for one of them will not match any session.</source>
        <translation>%1 séances seront retirées car leurs dates ne sont plus dans le calendrier&#xa0;: %2. Rien n&apos;y a été enregistré&#xa0;; une feuille déjà imprimée pour l&apos;une d&apos;elles ne correspondra à aucune séance.</translation>
    </message>
    <message>
        <source>1 session already has marks, ticks or a report but is no longer in the schedule: %2. It is kept as it is; cancel it if it will not happen.</source>
        <translation>1 séance a déjà des marques, des coches ou un rapport mais n&apos;est plus dans le calendrier&#xa0;: %2. Elle est gardée telle quelle&#xa0;; annulez-la si elle n&apos;aura pas lieu.</translation>
    </message>
    <message>
        <source>%1 sessions already have marks, ticks or a report but are no longer in the schedule: %2. They are kept as they are; cancel them if they will not happen.</source>
        <translation>%1 séances ont déjà des marques, des coches ou un rapport mais ne sont plus dans le calendrier&#xa0;: %2. Elles sont gardées telles quelles&#xa0;; annulez-les si elles n&apos;auront pas lieu.</translation>
    </message>
    <message>
        <source>1 future session takes the new time, length, place or facilitator; a sheet printed for it shows the old details.</source>
        <translation>1 séance à venir prend la nouvelle heure, durée, lieu ou animateur&#xa0;; une feuille imprimée pour elle montre les anciens détails.</translation>
    </message>
    <message>
        <source>%1 future sessions take the new time, length, place or facilitator; sheets printed for them show the old details.</source>
        <translation>%1 séances à venir prennent la nouvelle heure, durée, lieu ou animateur&#xa0;; les feuilles imprimées pour elles montrent les anciens détails.</translation>
    </message>
    <message>
        <source>1 session will be added: %2.</source>
        <translation>1 séance sera ajoutée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 sessions will be added: %2.</source>
        <translation>%1 séances seront ajoutées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>1 session keeps its identity, so its printed sheet and QR code stay valid.</source>
        <translation>1 séance garde son identité, donc sa feuille imprimée et son code QR restent valables.</translation>
    </message>
    <message>
        <source>%1 sessions keep their identity, so their printed sheets and QR codes stay valid.</source>
        <translation>%1 séances gardent leur identité, donc leurs feuilles imprimées et leurs codes QR restent valables.</translation>
    </message>
    <message>
        <source>Change the schedule?</source>
        <translation>Modifier le calendrier&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Enregistrer la modification</translation>
    </message>
    <message>
        <source>The programme could not be saved (%1). Details are in the log file.</source>
        <translation>Le programme n&apos;a pas pu être enregistré (%1). Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programme sections</source>
        <translation>Sections du programme</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <source>e.g. Family Development Sessions</source>
        <translation>p. ex. Séances de développement familial</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>Ré&amp;pétition&#xa0;:</translation>
    </message>
    <message>
        <source>How often it repeats</source>
        <translation>Fréquence de répétition</translation>
    </message>
    <message>
        <source>Once-off</source>
        <translation>Une seule fois</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Chaque trimestre</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>Règle personnalisée (RRULE)</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Les&#xa0;:</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Jours de la semaine</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>&amp;Day of the month:</source>
        <translation>&amp;Jour du mois&#xa0;:</translation>
    </message>
    <message>
        <source>Which day of the month</source>
        <translation>Quel jour du mois</translation>
    </message>
    <message>
        <source>The start date&apos;s day number</source>
        <translation>Le numéro du jour de la date de début</translation>
    </message>
    <message>
        <source>A weekday of the month</source>
        <translation>Un jour de la semaine du mois</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Quelle semaine du mois</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Rè&amp;gle&#xa0;:</translation>
    </message>
    <message>
        <source>Custom recurrence rule</source>
        <translation>Règle de répétition personnalisée</translation>
    </message>
    <message>
        <source>e.g. FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</source>
        <translation>p. ex. FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>&amp;lasting</source>
        <translation>&amp;durée</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>When the programme ends</source>
        <translation>Quand le programme se termine</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>Ends on a date</source>
        <translation>Se termine à une date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>After a num&amp;ber of sessions</source>
        <translation>Après un nom&amp;bre de séances</translation>
    </message>
    <message>
        <source>Ends after a number of sessions</source>
        <translation>Se termine après un nombre de séances</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> séances</translation>
    </message>
    <message>
        <source>After a number of &amp;weeks</source>
        <translation>Après un nombre de &amp;semaines</translation>
    </message>
    <message>
        <source>Ends after a number of weeks</source>
        <translation>Se termine après un nombre de semaines</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Nombre de semaines</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>As the rule says (its UNTIL or COUNT)</source>
        <translation>Comme le dit la règle (son UNTIL ou COUNT)</translation>
    </message>
    <message>
        <source>Ends as the custom rule says</source>
        <translation>Se termine comme le dit la règle personnalisée</translation>
    </message>
    <message>
        <source>No s&amp;ession on:</source>
        <translation>Pas de sé&amp;ance le&#xa0;:</translation>
    </message>
    <message>
        <source>Date to exclude</source>
        <translation>Date à exclure</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>E&amp;xclure</translation>
    </message>
    <message>
        <source>Exclude this date</source>
        <translation>Exclure cette date</translation>
    </message>
    <message>
        <source>Excluded dates</source>
        <translation>Dates exclues</translation>
    </message>
    <message>
        <source>Include a&amp;gain</source>
        <translation>Ré&amp;inclure</translation>
    </message>
    <message>
        <source>Remove the selected excluded date</source>
        <translation>Retirer la date exclue sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Place and rules</source>
        <translation>Lie&amp;u et règles</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>e.g. Barangay Hall, San Isidro</source>
        <translation>p. ex. Salle communale, San Isidro</translation>
    </message>
    <message>
        <source>Online lin&amp;k:</source>
        <translation>Lien en li&amp;gne&#xa0;:</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Lien en ligne</translation>
    </message>
    <message>
        <source>https://… (for sessions held online)</source>
        <translation>https://… (pour les séances en ligne)</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Ca&amp;pacité&#xa0;:</translation>
    </message>
    <message>
        <source>Capacity (0 for no limit)</source>
        <translation>Capacité (0 pour illimitée)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Illimitée</translation>
    </message>
    <message>
        <source> places</source>
        <translation> places</translation>
    </message>
    <message>
        <source>Required &amp;attendance:</source>
        <translation>Pré&amp;sence requise&#xa0;:</translation>
    </message>
    <message>
        <source>Required attendance in percent</source>
        <translation>Présence requise en pourcentage</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>E&amp;xcused absences:</source>
        <translation>Absences e&amp;xcusées&#xa0;:</translation>
    </message>
    <message>
        <source>How excused absences count</source>
        <translation>Comment comptent les absences excusées</translation>
    </message>
    <message>
        <source>Count as attended</source>
        <translation>Comptent comme présence</translation>
    </message>
    <message>
        <source>Are left out of the rate</source>
        <translation>Ne comptent pas dans le taux</translation>
    </message>
    <message>
        <source>Count as absent</source>
        <translation>Comptent comme absence</translation>
    </message>
    <message>
        <source>Topics and o&amp;utcomes</source>
        <translation>Thèmes et ac&amp;quis</translation>
    </message>
    <message>
        <source>&amp;Topics, one per line:</source>
        <translation>&amp;Thèmes, un par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Topics, one per line</source>
        <translation>Thèmes, un par ligne</translation>
    </message>
    <message>
        <source>Outcomes to tic&amp;k off, in order:</source>
        <translation>Acquis à coc&amp;her, dans l&apos;ordre&#xa0;:</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Nouvel acquis</translation>
    </message>
    <message>
        <source>Type an outcome and press Enter</source>
        <translation>Saisissez un acquis et appuyez sur Enter</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add the outcome</source>
        <translation>Ajouter l&apos;acquis</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected outcome up</source>
        <translation>Monter l&apos;acquis sélectionné</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Move the selected outcome down</source>
        <translation>Descendre l&apos;acquis sélectionné</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>Remove the selected outcome</source>
        <translation>Retirer l&apos;acquis sélectionné</translation>
    </message>
    <message>
        <source>Sessions it will create</source>
        <translation>Séances qui seront créées</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Résumé de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Dates of the sessions</source>
        <translation>Dates des séances</translation>
    </message>
    <message>
        <source>Problem to fix before saving</source>
        <translation>Problème à corriger avant d&apos;enregistrer</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Starts %1 at %2 (%3)</source>
        <translation>Commence le %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Required attendance: %1%</source>
        <translation>Présence requise&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>(+%1 waiting)</source>
        <translation>(+%1 en attente)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>ReportsOwedDialog</name>
    <message>
        <source>Reports owed</source>
        <translation>Rapports à rendre</translation>
    </message>
    <message>
        <source>&amp;Reports not written yet:</source>
        <translation>&amp;Rapports pas encore rédigés&#xa0;:</translation>
    </message>
    <message>
        <source>Reports not written yet</source>
        <translation>Rapports pas encore rédigés</translation>
    </message>
    <message>
        <source>&amp;Notes for the chosen report:</source>
        <translation>&amp;Notes pour le rapport choisi&#xa0;:</translation>
    </message>
    <message>
        <source>Notes for the chosen report</source>
        <translation>Notes pour le rapport choisi</translation>
    </message>
    <message>
        <source>What happened in this period: who came, what was covered, what needs follow-up.</source>
        <translation>Ce qui s&apos;est passé pendant cette période&#xa0;: qui est venu, ce qui a été vu, ce qui demande un suivi.</translation>
    </message>
    <message>
        <source>&amp;Submit report</source>
        <translation>&amp;Envoyer le rapport</translation>
    </message>
    <message>
        <source>Submit the chosen report</source>
        <translation>Envoyer le rapport choisi</translation>
    </message>
    <message>
        <source>Submit the chosen report with these notes (Ctrl+Enter)</source>
        <translation>Envoyer le rapport choisi avec ces notes (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Open the session</source>
        <translation>&amp;Ouvrir la séance</translation>
    </message>
    <message>
        <source>Open the chosen session&apos;s roll, where its report is written in full</source>
        <translation>Ouvrir la liste d&apos;appel de la séance choisie, où son rapport est rédigé en entier</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Séance du %1</translation>
    </message>
    <message>
        <source>Day of %1</source>
        <translation>Journée du %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Final report, %1</source>
        <translation>Rapport final, %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À rendre</translation>
    </message>
    <message>
        <source>No reports are owed. When a programme&apos;s report period is over (each session, day, week or month, or the end, as set in the programme), its report is asked for here.</source>
        <translation>Aucun rapport à rendre. Quand la période de rapport d&apos;un programme est terminée (chaque séance, jour, semaine ou mois, ou la fin, selon le programme), son rapport est demandé ici.</translation>
    </message>
    <message>
        <source>1 report owed, overdue (more than a week late). Write its notes and press Submit.</source>
        <translation>1 rapport à rendre, en retard (plus d&apos;une semaine). Rédigez ses notes et appuyez sur Envoyer.</translation>
    </message>
    <message>
        <source>1 report owed. Write its notes and press Submit.</source>
        <translation>1 rapport à rendre. Rédigez ses notes et appuyez sur Envoyer.</translation>
    </message>
    <message>
        <source>%1 reports owed, %2 of them overdue (more than a week late). Choose one, write its notes and press Submit.</source>
        <translation>%1 rapports à rendre, dont %2 en retard (plus d&apos;une semaine). Choisissez-en un, rédigez ses notes et appuyez sur Envoyer.</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Un problème est survenu (%1)&#xa0;; les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>The printer could not be opened.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>Attendance sheets for dates</source>
        <translation>Feuilles de présence par dates</translation>
    </message>
    <message>
        <source>Tick-off template</source>
        <translation>Grille à cocher</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Only sessions &amp;between</source>
        <translation>Seulement les séances &amp;comprises entre</translation>
    </message>
    <message>
        <source>Limits the hours report and the exports to the sessions dated between these days</source>
        <translation>Limite le rapport des heures et les exports aux séances datées entre ces deux jours</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Each month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Each week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Whole programme only</source>
        <translation>Tout le programme seulement</translation>
    </message>
    <message>
        <source>A tick box per status</source>
        <translation>Une case par statut</translation>
    </message>
    <message>
        <source>A column to sign</source>
        <translation>Une colonne pour signer</translation>
    </message>
    <message>
        <source>Print what is recor&amp;ded</source>
        <translation>Imprimer &amp;les données enregistrées</translation>
    </message>
    <message>
        <source>Tick the recorded marks, outcomes and session report instead of leaving them blank</source>
        <translation>Cocher les marques, acquis et rapport de séance enregistrés au lieu de les laisser vides</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>Pa&amp;ysage</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>Pro&amp;gramme&#xa0;:</translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation>Séa&amp;nce&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;eriods:</source>
        <translation>Péri&amp;odes&#xa0;:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Mise en page&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier&#xa0;:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <source>Build the preview again</source>
        <translation>Refaire l&apos;aperçu</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Créer un &amp;PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export to CSV or XLSX</source>
        <translation>Exporter en CSV ou XLSX</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>&amp;Présence…</translation>
    </message>
    <message>
        <source>&amp;Compliance…</source>
        <translation>&amp;Conformité…</translation>
    </message>
    <message>
        <source>&amp;Hours…</source>
        <translation>&amp;Heures…</translation>
    </message>
    <message>
        <source>Every &amp;programme</source>
        <translation>Tous les pro&amp;grammes</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Avancement du rapport</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Quoi imprimer</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Choose a programme and a session to see a preview.</source>
        <translation>Choisissez un programme et une séance pour voir un aperçu.</translation>
    </message>
    <message>
        <source>There is no programme yet: create one in the Sessions tab.</source>
        <translation>Il n&apos;y a pas encore de programme&#xa0;: créez-en un dans l&apos;onglet Séances.</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Lecture des données…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Envoi des pages à l&apos;imprimante…</translation>
    </message>
    <message>
        <source>1 page sent to the printer.</source>
        <translation>1 page envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer.</source>
        <translation>%1 pages envoyées à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>Exported 1 line to %2.</source>
        <translation>1 ligne exportée vers %2.</translation>
    </message>
    <message>
        <source>Exported %1 lines to %2.</source>
        <translation>%1 lignes exportées vers %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>The report could not be made (%1); details are in the log file.</source>
        <translation>Le rapport n&apos;a pas pu être créé (%1)&#xa0;; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Aperçu prêt.</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>Portrai&amp;t</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source>The programmes could not be loaded; details are in the log file.</source>
        <translation>Les programmes n&apos;ont pas pu être chargés&#xa0;; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>RollTableModel</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non marqué</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Non-inscrit</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>waiting for a place</source>
        <translation>en attente d&apos;une place</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>pas encore de séance</translation>
    </message>
    <message>
        <source>%1 missed in a row</source>
        <translation>%1 manquées d&apos;affilée</translation>
    </message>
    <message>
        <source>P present · L late · E excused · A absent · Delete clears</source>
        <translation>P présent · L en retard · E excusé · A absent · Delete efface</translation>
    </message>
    <message>
        <source>Added at the door (walk-in)</source>
        <translation>Ajouté à l&apos;entrée (non-inscrit)</translation>
    </message>
    <message>
        <source>%1 — the programme asks for %2 % attendance</source>
        <translation>%1 — le programme demande %2&#xa0;% de présence</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Roster</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Choose a session in the Sessions tab, or press Ctrl+R (Take roll), to take its roll.</source>
        <translation>Choisissez une séance dans l&apos;onglet Séances, ou appuyez sur Ctrl+R (Faire l&apos;appel), pour faire son appel.</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Aucune séance choisie</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <source>Roll counts</source>
        <translation>Comptes de l&apos;appel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Roster pages</source>
        <translation>Pages des participants</translation>
    </message>
    <message>
        <source>Roll &amp;call</source>
        <translation>&amp;Appel</translation>
    </message>
    <message>
        <source>E&amp;nrolment</source>
        <translation>I&amp;nscription</translation>
    </message>
    <message>
        <source>Ou&amp;tcomes</source>
        <translation>Ac&amp;quis</translation>
    </message>
    <message>
        <source>Session re&amp;port</source>
        <translation>Ra&amp;pport de séance</translation>
    </message>
    <message>
        <source>Search the roll by name or ID</source>
        <translation>Chercher dans la liste par nom ou identifiant</translation>
    </message>
    <message>
        <source>Search name or ID  ( / or Ctrl+F )</source>
        <translation>Nom ou identifiant  ( / ou Ctrl+F )</translation>
    </message>
    <message>
        <source>Mark all present</source>
        <translation>Tous présents</translation>
    </message>
    <message>
        <source>Mark everyone not marked yet present</source>
        <translation>Marquer présents tous ceux pas encore marqués</translation>
    </message>
    <message>
        <source>Everyone not marked yet (Ctrl+Shift+P)</source>
        <translation>Tous ceux pas encore marqués (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Mark the rest absent</source>
        <translation>Le reste absent</translation>
    </message>
    <message>
        <source>Mark everyone not marked yet absent</source>
        <translation>Marquer absents tous ceux pas encore marqués</translation>
    </message>
    <message>
        <source>Everyone not marked yet (Ctrl+Shift+A)</source>
        <translation>Tous ceux pas encore marqués (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation>Annuler la dernière marque</translation>
    </message>
    <message>
        <source>Undo the last mark (Ctrl+Z)</source>
        <translation>Annuler la dernière marque (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Add walk-in…</source>
        <translation>Ajouter un non-inscrit…</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Ajouter un non-inscrit</translation>
    </message>
    <message>
        <source>Someone at the door (+ or Ctrl+Shift+N)</source>
        <translation>Quelqu&apos;un à l&apos;entrée (+ ou Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Importer une liste…</translation>
    </message>
    <message>
        <source>Import a roster file</source>
        <translation>Importer un fichier de participants</translation>
    </message>
    <message>
        <source>CSV or XLSX file (Ctrl+I)</source>
        <translation>Fichier CSV ou XLSX (Ctrl+I)</translation>
    </message>
    <message>
        <source>Read pape&amp;r sheets…</source>
        <translation>Lire les feuilles papie&amp;r…</translation>
    </message>
    <message>
        <source>Read ticked attendance sheets back in</source>
        <translation>Relire les feuilles de présence cochées</translation>
    </message>
    <message>
        <source>Scans or photos of printed tick sheets</source>
        <translation>Scans ou photos de feuilles à cocher imprimées</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Liste d&apos;appel</translation>
    </message>
    <message>
        <source>P present, L late, E excused, A absent, Delete clears; arrows move; Ctrl+Z undoes; slash searches</source>
        <translation>P présent, L en retard, E excusé, A absent, Delete efface&#xa0;; flèches pour se déplacer&#xa0;; Ctrl+Z annule&#xa0;; barre oblique pour chercher</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;E&lt;/b&gt; excused · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Del&lt;/b&gt; clear · &lt;b&gt;↑ ↓ Enter&lt;/b&gt; move · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo · &lt;b&gt;/&lt;/b&gt; search · &lt;b&gt;+&lt;/b&gt; walk-in</source>
        <translation>&lt;b&gt;P&lt;/b&gt; présent · &lt;b&gt;L&lt;/b&gt; retard · &lt;b&gt;E&lt;/b&gt; excusé · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Del&lt;/b&gt; effacer · &lt;b&gt;↑ ↓ Enter&lt;/b&gt; déplacer · &lt;b&gt;Ctrl+Z&lt;/b&gt; annuler · &lt;b&gt;/&lt;/b&gt; chercher · &lt;b&gt;+&lt;/b&gt; non-inscrit</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Undo the last change on this tab</source>
        <translation>Annuler la dernière modification dans cet onglet</translation>
    </message>
    <message>
        <source>Find a person on the roll</source>
        <translation>Trouver une personne dans la liste</translation>
    </message>
    <message>
        <source>Mark everyone present</source>
        <translation>Marquer tout le monde présent</translation>
    </message>
    <message>
        <source>Show the current person&apos;s mark history</source>
        <translation>Voir l&apos;historique des marques de la personne</translation>
    </message>
    <message>
        <source>Reload the roll</source>
        <translation>Recharger la liste d&apos;appel</translation>
    </message>
    <message>
        <source>Attendance rates could not be worked out</source>
        <translation>Les taux de présence n&apos;ont pas pu être calculés</translation>
    </message>
    <message>
        <source>The roll could not be read</source>
        <translation>La liste d&apos;appel n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <source>This session was cancelled%1; its roll cannot be taken.</source>
        <translation>Cette séance a été annulée%1&#xa0;; son appel ne peut pas être fait.</translation>
    </message>
    <message>
        <source>Recorded as not held (%1); its roll cannot be taken.</source>
        <translation>Enregistrée comme non tenue (%1)&#xa0;; son appel ne peut pas être fait.</translation>
    </message>
    <message>
        <source>This session has not started yet; roll can be taken from one hour before it starts.</source>
        <translation>Cette séance n&apos;a pas encore commencé&#xa0;; l&apos;appel peut se faire à partir d&apos;une heure avant son début.</translation>
    </message>
    <message>
        <source>Nobody is on this roll yet: import a roster (Ctrl+I), enrol people (Enrolment page) or add a walk-in (+).</source>
        <translation>Personne n&apos;est encore sur cette liste&#xa0;: importez une liste (Ctrl+I), inscrivez des personnes (page Inscription) ou ajoutez un non-inscrit (+).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the roll</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur la liste</translation>
    </message>
    <message>
        <source>%1 present</source>
        <comment>one</comment>
        <translation>%1 présent</translation>
    </message>
    <message>
        <source>%1 present</source>
        <comment>many</comment>
        <translation>%1 présents</translation>
    </message>
    <message>
        <source>%1 late</source>
        <comment>one</comment>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>%1 late</source>
        <comment>many</comment>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>%1 excused</source>
        <comment>one</comment>
        <translation>%1 excusé</translation>
    </message>
    <message>
        <source>%1 excused</source>
        <comment>many</comment>
        <translation>%1 excusés</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <comment>one</comment>
        <translation>%1 absent</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <comment>many</comment>
        <translation>%1 absents</translation>
    </message>
    <message>
        <source>%1 not marked</source>
        <comment>one</comment>
        <translation>%1 non marqué</translation>
    </message>
    <message>
        <source>%1 not marked</source>
        <comment>many</comment>
        <translation>%1 non marqués</translation>
    </message>
    <message>
        <source>mark of %1</source>
        <translation>marque de %1</translation>
    </message>
    <message>
        <source>The mark was not saved</source>
        <translation>La marque n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>“%1” for everyone not marked</source>
        <translation>« %1 » pour tous ceux pas encore marqués</translation>
    </message>
    <message>
        <source>Nobody is left unmarked.</source>
        <translation>Tout le monde est déjà marqué.</translation>
    </message>
    <message>
        <source>Marked %1 people %2. Ctrl+Z undoes this.</source>
        <translation>%1 personnes marquées %2. Ctrl+Z annule cela.</translation>
    </message>
    <message>
        <source>Nothing was marked</source>
        <translation>Rien n&apos;a été marqué</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>Rien à annuler sur cette page.</translation>
    </message>
    <message>
        <source>Nothing to undo on this roll since it was opened.</source>
        <translation>Rien à annuler sur cette liste depuis son ouverture.</translation>
    </message>
    <message>
        <source>Undone: %1 is no longer on this roll.</source>
        <translation>Annulé&#xa0;: %1 n&apos;est plus sur cette liste.</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>L&apos;annulation a échoué</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Undone: %1 is %2 again.</source>
        <translation>Annulé&#xa0;: %1 est de nouveau %2.</translation>
    </message>
    <message>
        <source>Undone: %1 marks.</source>
        <translation>Annulé&#xa0;: %1 marques.</translation>
    </message>
    <message>
        <source>The mark history could not be read</source>
        <translation>L&apos;historique de la marque n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>walk-in %1</source>
        <translation>non-inscrit %1</translation>
    </message>
    <message>
        <source>%1 is marked %2 for this session and waits for a place (the programme has none free).</source>
        <translation>%1 est marqué(e) %2 pour cette séance et attend une place (le programme n&apos;en a plus de libre).</translation>
    </message>
    <message>
        <source>%1 added as a walk-in and marked %2.</source>
        <translation>%1 ajouté(e) comme non-inscrit(e) et marqué(e) %2.</translation>
    </message>
    <message>
        <source>%1 is on the roll and marked %2.</source>
        <translation>%1 est sur la liste et marqué(e) %2.</translation>
    </message>
    <message>
        <source>The walk-in was not added</source>
        <translation>Le non-inscrit n&apos;a pas été ajouté</translation>
    </message>
</context>
<context>
    <name>SessionReportForm</name>
    <message>
        <source>Session report</source>
        <translation>Rapport de séance</translation>
    </message>
    <message>
        <source>The session was he&amp;ld</source>
        <translation>La séance a eu &amp;lieu</translation>
    </message>
    <message>
        <source>The session was held</source>
        <translation>La séance a eu lieu</translation>
    </message>
    <message>
        <source>It &amp;did not happen</source>
        <translation>Elle n&apos;a pas eu lie&amp;u</translation>
    </message>
    <message>
        <source>The session did not happen</source>
        <translation>La séance n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>Why it did not happen</source>
        <translation>Pourquoi elle n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>Why, e.g. flooding on the road</source>
        <translation>Pourquoi, p. ex. route inondée</translation>
    </message>
    <message>
        <source>Topics covered (Space ticks)</source>
        <translation>Thèmes vus (Space coche)</translation>
    </message>
    <message>
        <source>Other topics covered</source>
        <translation>Autres thèmes vus</translation>
    </message>
    <message>
        <source>Other topics, separated by commas</source>
        <translation>Autres thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What happened, what to follow up</source>
        <translation>Ce qui s&apos;est passé, ce qu&apos;il faut suivre</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Séance&#xa0;:</translation>
    </message>
    <message>
        <source>Top&amp;ics covered:</source>
        <translation>Thèmes &amp;vus&#xa0;:</translation>
    </message>
    <message>
        <source>Other top&amp;ics:</source>
        <translation>Autres thè&amp;mes&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Facilit&amp;ator:</source>
        <translation>Anima&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;report</source>
        <translation>Enregistrer le &amp;rapport</translation>
    </message>
    <message>
        <source>Save the session report</source>
        <translation>Enregistrer le rapport de séance</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>This session was cancelled; there is nothing to report.</source>
        <translation>Cette séance a été annulée&#xa0;; il n&apos;y a rien à rapporter.</translation>
    </message>
    <message>
        <source>The report can be written once the session has started.</source>
        <translation>Le rapport peut être rédigé une fois la séance commencée.</translation>
    </message>
    <message>
        <source>No report yet.</source>
        <translation>Pas encore de rapport.</translation>
    </message>
    <message>
        <source>Saved %1 by %2.</source>
        <translation>Enregistré %1 par %2.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré %1.</translation>
    </message>
    <message>
        <source>Say why the session did not happen.</source>
        <translation>Indiquez pourquoi la séance n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <source>Saved automatically at %1.</source>
        <translation>Enregistré automatiquement à %1.</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>Rapport enregistré.</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Un problème est survenu&#xa0;; le journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Roll incomplete (%1 of %2)</source>
        <translation>Appel incomplet (%1 sur %2)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Roll taken</source>
        <translation>Appel fait</translation>
    </message>
    <message>
        <source>Roll missing</source>
        <translation>Appel manquant</translation>
    </message>
    <message>
        <source>Roll incomplete</source>
        <translation>Appel incomplet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Didn&apos;t happen</source>
        <translation>N&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 of %2 marked</source>
        <translation>%1 sur %2 marqués</translation>
    </message>
    <message>
        <source>%1 booked</source>
        <translation>%1 inscrits</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Animateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Didn&apos;t happen: %1</source>
        <translation>N&apos;a pas eu lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>This session has ended and no one is marked yet.</source>
        <translation>Cette séance est terminée et personne n&apos;est encore marqué.</translation>
    </message>
    <message>
        <source>This session has ended and %1 of the %2 people on its roll have no mark yet.</source>
        <translation>Cette séance est terminée et %1 des %2 personnes de sa liste d&apos;appel n&apos;ont pas encore de marque.</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>P&amp;rogrammes</source>
        <translation>P&amp;rogrammes</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Selected programme</source>
        <translation>Programme sélectionné</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a new programme</source>
        <translation>Créer un nouveau programme</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected programme</source>
        <translation>Modifier le programme sélectionné</translation>
    </message>
    <message>
        <source>Ctrl+E, or Enter on the programme</source>
        <translation>Ctrl+E, ou Enter sur le programme</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected programme</source>
        <translation>Retirer le programme sélectionné</translation>
    </message>
    <message>
        <source>Delete key in the list. Deleted when nothing was recorded in it, else archived.</source>
        <translation>Touche Delete dans la liste. Supprimé si rien n&apos;y a été enregistré, sinon archivé.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>À &amp;venir</translation>
    </message>
    <message>
        <source>Roll &amp;missing</source>
        <translation>Appel &amp;manquant</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>&amp;Passées</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>Ann&amp;ulées</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Séances du jour</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Séances à venir</translation>
    </message>
    <message>
        <source>Sessions with the roll missing</source>
        <translation>Séances sans appel</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Séances passées</translation>
    </message>
    <message>
        <source>Cancelled sessions</source>
        <translation>Séances annulées</translation>
    </message>
    <message>
        <source>Number of sessions shown</source>
        <translation>Nombre de séances affichées</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Séance sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Open roll</source>
        <translation>&amp;Ouvrir l&apos;appel</translation>
    </message>
    <message>
        <source>Open the roll of the selected session</source>
        <translation>Ouvrir la liste d&apos;appel de la séance sélectionnée</translation>
    </message>
    <message>
        <source>Cance&amp;l session…</source>
        <translation>Annu&amp;ler la séance…</translation>
    </message>
    <message>
        <source>Cancel the selected session, with a reason</source>
        <translation>Annuler la séance sélectionnée, avec un motif</translation>
    </message>
    <message>
        <source>&amp;Didn&apos;t happen…</source>
        <translation>N&apos;a pas eu l&amp;ieu…</translation>
    </message>
    <message>
        <source>Record that the selected session did not happen, with a reason</source>
        <translation>Noter que la séance sélectionnée n&apos;a pas eu lieu, avec un motif</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Make the selected cancelled session count again</source>
        <translation>Faire compter de nouveau la séance annulée sélectionnée</translation>
    </message>
    <message>
        <source>Reports owed</source>
        <translation>Rapports à rendre</translation>
    </message>
    <message>
        <source>Reports o&amp;wed…</source>
        <translation>R&amp;apports à rendre…</translation>
    </message>
    <message>
        <source>List the reports owed and write them</source>
        <translation>Lister les rapports à rendre et les rédiger</translation>
    </message>
    <message>
        <source>Report submitted.</source>
        <translation>Rapport envoyé.</translation>
    </message>
    <message>
        <source>Choose a programme to edit.</source>
        <translation>Choisissez un programme à modifier.</translation>
    </message>
    <message>
        <source>Choose a programme to remove.</source>
        <translation>Choisissez un programme à retirer.</translation>
    </message>
    <message>
        <source>Delete the programme “%1” with its %2 and %3? Nothing was recorded in it. It is also deleted from the server at the next sync; this cannot be undone.</source>
        <translation>Supprimer le programme « %1 » avec ses %2 et ses %3&#xa0;? Rien n&apos;y a été enregistré. Il sera aussi supprimé du serveur à la prochaine synchronisation&#xa0;; ceci ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 séances</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 inscription</translation>
    </message>
    <message>
        <source>%1 bookings</source>
        <translation>%1 inscriptions</translation>
    </message>
    <message>
        <source>&amp;Delete programme</source>
        <translation>&amp;Supprimer le programme</translation>
    </message>
    <message>
        <source>“%1” has %2 (marks, ticks or reports), so it cannot be deleted. Archive it? It leaves the lists; every record is kept for the reports.</source>
        <translation>« %1 » a %2 (marques, coches ou rapports), il ne peut donc pas être supprimé. L&apos;archiver&#xa0;? Il quitte les listes&#xa0;; tous les enregistrements sont gardés pour les rapports.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 enregistrement</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <source>&amp;Archive programme</source>
        <translation>&amp;Archiver le programme</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>Retirer le programme</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Le garder</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>« %1 » a été supprimé.</translation>
    </message>
    <message>
        <source>“%1” was archived; its records are kept.</source>
        <translation>« %1 » a été archivé&#xa0;; ses enregistrements sont gardés.</translation>
    </message>
    <message>
        <source>No session today. Choose one in the Sessions tab and press Enter.</source>
        <translation>Aucune séance aujourd&apos;hui. Choisissez-en une dans l&apos;onglet Séances et appuyez sur Enter.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>Why is this session cancelled?</source>
        <translation>Pourquoi cette séance est-elle annulée&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>Session did not happen</source>
        <translation>La séance n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>Why did this session not happen?</source>
        <translation>Pourquoi cette séance n&apos;a-t-elle pas eu lieu&#xa0;?</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>%1 counts again.</source>
        <translation>%1 compte de nouveau.</translation>
    </message>
    <message>
        <source>Its 1 attendance mark is kept but stops counting; Reinstate makes it count again.</source>
        <translation>Sa marque de présence est gardée mais ne compte plus&#xa0;; Rétablir la fait compter de nouveau.</translation>
    </message>
    <message>
        <source>Its %1 attendance marks are kept but stop counting; Reinstate makes them count again.</source>
        <translation>Ses %1 marques de présence sont gardées mais ne comptent plus&#xa0;; Rétablir les fait compter de nouveau.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No reports owed.</source>
        <translation>Aucun rapport à rendre.</translation>
    </message>
    <message>
        <source>Reports owed: %1 overdue, %2 due.</source>
        <translation>Rapports à rendre&#xa0;: %1 en retard, %2 à rendre.</translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation>Les séances n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The reports owed could not be counted: %1</source>
        <translation>Les rapports à rendre n&apos;ont pas pu être comptés : %1</translation>
    </message>
    <message>
        <source>fieldsessions</source>
        <translation>fieldsessions</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Un problème est survenu (%1)&#xa0;; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>No programme yet. Press New… (Alt+N, or Ctrl+N anywhere) to create one; its sessions are listed here.</source>
        <translation>Pas encore de programme. Appuyez sur Nouveau… (Alt+N, ou Ctrl+N partout) pour en créer un&#xa0;; ses séances sont listées ici.</translation>
    </message>
    <message>
        <source>No sessions in this programme. Edit it (Ctrl+E) to set its dates.</source>
        <translation>Aucune séance dans ce programme. Modifiez-le (Ctrl+E) pour fixer ses dates.</translation>
    </message>
    <message>
        <source>No session today. Show Upcoming (Alt+U) to see what comes next.</source>
        <translation>Aucune séance aujourd&apos;hui. Affichez À venir (Alt+V) pour voir la suite.</translation>
    </message>
    <message>
        <source>No session to come. Edit the programme (Ctrl+E) to add dates, or show All (Alt+A).</source>
        <translation>Aucune séance à venir. Modifiez le programme (Ctrl+E) pour ajouter des dates, ou affichez Toutes (Alt+T).</translation>
    </message>
    <message>
        <source>No roll is missing: every session that has ended has its roll taken.</source>
        <translation>Aucun appel manquant&#xa0;: chaque séance terminée a son appel fait.</translation>
    </message>
    <message>
        <source>No session has ended yet. Show Upcoming (Alt+U).</source>
        <translation>Aucune séance n&apos;est encore terminée. Affichez À venir (Alt+V).</translation>
    </message>
    <message>
        <source>No session is cancelled.</source>
        <translation>Aucune séance n&apos;est annulée.</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>1 programme</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1 programmes</translation>
    </message>
    <message>
        <source>%1 at %2 for %3 min (%4)</source>
        <translation>%1 à %2 pendant %3 min (%4)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>%1% attendance required</source>
        <translation>%1&#xa0;% de présence requise</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 place</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 places</translation>
    </message>
    <message>
        <source>Choose a session, then press Enter to open its roll.</source>
        <translation>Choisissez une séance, puis appuyez sur Enter pour ouvrir sa liste d&apos;appel.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>The settings could not be saved (%1). Details are in the log file.</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés (%1). Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>No file manager could be opened; the folder is %1</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu être ouvert&#xa0;; le dossier est %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Facilitator name:</source>
        <translation>Nom de l&apos;&amp;animateur&#xa0;:</translation>
    </message>
    <message>
        <source>Facilitator name</source>
        <translation>Nom de l&apos;animateur</translation>
    </message>
    <message>
        <source>Your name, as it appears on marks and reports</source>
        <translation>Votre nom, tel qu&apos;il apparaît sur les marques et les rapports</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Nom de l&apos;or&amp;dinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>e.g. Field laptop 2</source>
        <translation>p. ex. Portable terrain 2</translation>
    </message>
    <message>
        <source>Data &amp;file:</source>
        <translation>&amp;Fichier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Where the data file lives</source>
        <translation>Où se trouve le fichier de données</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder of the data file</source>
        <translation>Ouvrir le dossier du fichier de données</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language is used the next time fieldsessions starts.</source>
        <translation>Une nouvelle langue est utilisée au prochain démarrage de fieldsessions.</translation>
    </message>
    <message>
        <source>Problem to fix before saving</source>
        <translation>Problème à corriger avant d&apos;enregistrer</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key the window answers to. Roll call needs only the keyboard: P, L, E or A marks the person and moves on.</source>
        <translation>Toutes les touches auxquelles la fenêtre répond. L&apos;appel se fait entièrement au clavier&#xa0;: P, L, E ou A marque la personne et passe à la suivante.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>No connection to the server at %1. Check the address and the network, then press Enter to try again.</source>
        <translation>Pas de connexion au serveur à %1. Vérifiez l&apos;adresse et le réseau, puis appuyez sur Enter pour réessayer.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avancement de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign in once to the sync server; the password is not kept, only a token for this laptop.</source>
        <translation>Connectez-vous une fois au serveur de synchronisation&#xa0;; le mot de passe n&apos;est pas gardé, seulement un jeton pour cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>only when your administrator gives you one</source>
        <translation>seulement si votre administrateur vous en donne un</translation>
    </message>
    <message>
        <source>Server certificate file</source>
        <translation>Fichier de certificat du serveur</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Server &amp;certificate file:</source>
        <translation>Fichier de &amp;certificat du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in and sync</source>
        <translation>Se connecter et synchroniser</translation>
    </message>
    <message>
        <source>Sync receipt</source>
        <translation>Reçu de synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>&amp;Journal de synchronisation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Envoi des modifications…</translation>
    </message>
    <message>
        <source>{0} of {1} sent</source>
        <translation>{0} sur {1} envoyées</translation>
    </message>
    <message>
        <source>Getting the latest from the server…</source>
        <translation>Réception des dernières données du serveur…</translation>
    </message>
    <message>
        <source>{0} sent · {1} received</source>
        <translation>{0} envoyées · {1} reçues</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent so far is safe.</source>
        <translation>Synchronisation annulée. Ce qui a déjà été envoyé est en sécurité.</translation>
    </message>
    <message>
        <source>Sync complete, but 1 received change waits on this laptop (listed below).</source>
        <translation>Synchronisation terminée, mais 1 modification reçue attend sur cet ordinateur (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Sync complete, but %1 received changes wait on this laptop (listed below).</source>
        <translation>Synchronisation terminée, mais %1 modifications reçues attendent sur cet ordinateur (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message>
        <source>Sync complete, but some changes wait for records the server does not have yet; they go with the next sync.</source>
        <translation>Synchronisation terminée, mais certaines modifications attendent des données que le serveur n&apos;a pas encore&#xa0;; elles partiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Sync complete, but the server refused some changes.</source>
        <translation>Synchronisation terminée, mais le serveur a refusé certaines modifications.</translation>
    </message>
    <message>
        <source>Your changes are safe on this laptop and will be sent next time.</source>
        <translation>Vos modifications sont en sécurité sur cet ordinateur et seront envoyées la prochaine fois.</translation>
    </message>
    <message>
        <source>Nothing on this laptop is waiting to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your 1 change is safe on this laptop and will be sent next time.</source>
        <translation>Votre modification est en sécurité sur cet ordinateur et sera envoyée la prochaine fois.</translation>
    </message>
    <message>
        <source>Your %1 changes are safe on this laptop and will be sent next time.</source>
        <translation>Vos %1 modifications sont en sécurité sur cet ordinateur et seront envoyées la prochaine fois.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be checked. Ask your administrator for its certificate file and choose it under Advanced when signing in.</source>
        <translation>L&apos;identité du serveur n&apos;a pas pu être vérifiée. Demandez son fichier de certificat à votre administrateur et choisissez-le sous Avancé lors de la connexion.</translation>
    </message>
    <message>
        <source>No connection to the server.</source>
        <translation>Pas de connexion au serveur.</translation>
    </message>
    <message>
        <source>The network answered instead of the server (a Wi-Fi sign-in page?). Open a web page to sign in to the network, then sync again.</source>
        <translation>Le réseau a répondu à la place du serveur (une page de connexion Wi-Fi&#xa0;?). Ouvrez une page web pour vous connecter au réseau, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s sign-in; sign in again.</source>
        <translation>Le serveur n&apos;a pas accepté la connexion de cet ordinateur&#xa0;; connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The server did not take the changes this time.</source>
        <translation>Le serveur n&apos;a pas pris les modifications cette fois-ci.</translation>
    </message>
    <message>
        <source>Fill in the server, your user name and your password.</source>
        <translation>Remplissez le serveur, votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>1 received change waiting</source>
        <translation>1 modification reçue en attente</translation>
    </message>
    <message>
        <source>%1 received changes waiting</source>
        <translation>%1 modifications reçues en attente</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Add a walk-in</source>
        <translation>Ajouter un non-inscrit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>ID (optional)</source>
        <translation>Identifiant (facultatif)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Marquer comme</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mark as:</source>
        <translation>&amp;Marquer comme&#xa0;:</translation>
    </message>
    <message>
        <source>Already registered? Press Down and Enter to pick the person instead:</source>
        <translation>Déjà enregistré&#xa0;? Appuyez sur Down puis Enter pour choisir la personne à la place&#xa0;:</translation>
    </message>
    <message>
        <source>People with a similar name</source>
        <translation>Personnes avec un nom proche</translation>
    </message>
    <message>
        <source>&amp;Book a place anyway (none is free now)</source>
        <translation>&amp;Réserver une place quand même (aucune n&apos;est libre)</translation>
    </message>
    <message>
        <source>Book a place although none is free</source>
        <translation>Réserver une place même si aucune n&apos;est libre</translation>
    </message>
    <message>
        <source>The programme is full or people are waiting. Unticked, the walk-in is marked for this session and joins the end of the waitlist.</source>
        <translation>Le programme est complet ou des personnes attendent. Si la case n&apos;est pas cochée, le non-inscrit est marqué pour cette séance et va à la fin de la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>&amp;Add walk-in</source>
        <translation>&amp;Ajouter le non-inscrit</translation>
    </message>
    <message>
        <source>Add as a new walk-in</source>
        <translation>Ajouter comme nouveau non-inscrit</translation>
    </message>
    <message>
        <source>&amp;Use selected person</source>
        <translation>&amp;Utiliser la personne choisie</translation>
    </message>
    <message>
        <source>Use the selected existing person</source>
        <translation>Utiliser la personne existante choisie</translation>
    </message>
    <message>
        <source>same ID</source>
        <translation>même identifiant</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom proche</translation>
    </message>
    <message>
        <source>This may be someone already registered. Enter picks the highlighted person; to register a different person, press &quot;Add as a new person&quot;.</source>
        <translation>C&apos;est peut-être une personne déjà enregistrée. Enter choisit la personne en surbrillance&#xa0;; pour enregistrer une autre personne, appuyez sur « Ajouter comme nouvelle personne ».</translation>
    </message>
    <message>
        <source>Add as a ne&amp;w person</source>
        <translation>Ajouter comme nou&amp;velle personne</translation>
    </message>
    <message>
        <source>Type the person&apos;s name first.</source>
        <translation>Saisissez d&apos;abord le nom de la personne.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to fieldsessions</source>
        <translation>Bienvenue dans fieldsessions</translation>
    </message>
    <message>
        <source>Your data file is empty. Everything you record is kept on this laptop and works without a connection; Sync sends it to your organisation when you have one.</source>
        <translation>Votre fichier de données est vide. Tout ce que vous enregistrez reste sur cet ordinateur et fonctionne sans connexion&#xa0;; Synchroniser l&apos;envoie à votre organisation quand vous en avez une.</translation>
    </message>
    <message>
        <source>&amp;Create a programme</source>
        <translation>&amp;Créer un programme</translation>
    </message>
    <message>
        <source>Create a programme</source>
        <translation>Créer un programme</translation>
    </message>
    <message>
        <source>Set its schedule; the sessions are created for you.</source>
        <translation>Fixez son calendrier&#xa0;; les séances sont créées pour vous.</translation>
    </message>
    <message>
        <source>&amp;Import a roster</source>
        <translation>&amp;Importer une liste</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importer une liste de participants</translation>
    </message>
    <message>
        <source>Bring participants in from a CSV or Excel file.</source>
        <translation>Ajoutez des participants depuis un fichier CSV ou Excel.</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>Ouvrir les données de dé&amp;monstration</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Ouvrir les données de démonstration</translation>
    </message>
    <message>
        <source>Four sample programmes with 150 participants, to try things out first.</source>
        <translation>Quatre programmes d&apos;exemple avec 150 participants, pour essayer d&apos;abord.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>run_app</name>
    <message>
        <source>Created a new, empty data file at {0} (there was none there); if you meant another file, open that one instead.</source>
        <translation>Un nouveau fichier de données vide a été créé à {0} (il n&apos;y en avait pas)&#xa0;; si vous vouliez un autre fichier, ouvrez plutôt celui-là.</translation>
    </message>
</context>
</TS>
