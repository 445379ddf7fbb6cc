<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Mon</source>
        <comment>weekday</comment>
        <translation>seg.</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>weekday</comment>
        <translation>ter.</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>weekday</comment>
        <translation>qua.</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>weekday</comment>
        <translation>qui.</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>weekday</comment>
        <translation>sex.</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>weekday</comment>
        <translation>sáb.</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>weekday</comment>
        <translation>dom.</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>month abbreviation</comment>
        <translation>jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>month abbreviation</comment>
        <translation>fev.</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>month abbreviation</comment>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>month abbreviation</comment>
        <translation>abr.</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month abbreviation</comment>
        <translation>mai.</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>month abbreviation</comment>
        <translation>jun.</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>month abbreviation</comment>
        <translation>jul.</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>month abbreviation</comment>
        <translation>ago.</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>month abbreviation</comment>
        <translation>set.</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>month abbreviation</comment>
        <translation>out.</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>month abbreviation</comment>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>month abbreviation</comment>
        <translation>dez.</translation>
    </message>
    <message>
        <source>.</source>
        <comment>decimal separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation>Apagar a marcação</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Pessoa seguinte</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Adicionar um não inscrito</translation>
    </message>
    <message>
        <source>Find a person (or just type a name)</source>
        <translation>Procurar uma pessoa (ou escrever logo um nome)</translation>
    </message>
    <message>
        <source>Show everyone again</source>
        <translation>Mostrar todos de novo</translation>
    </message>
    <message>
        <source>First / last person</source>
        <translation>Primeira / última pessoa</translation>
    </message>
    <message>
        <source>Sessions tab</source>
        <translation>Separador Sessões</translation>
    </message>
    <message>
        <source>Roster tab</source>
        <translation>Separador Participantes</translation>
    </message>
    <message>
        <source>Reports tab</source>
        <translation>Separador Relatórios</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Em todo o lado</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Marcar presente</translation>
    </message>
    <message>
        <source>Mark late</source>
        <translation>Marcar atrasado</translation>
    </message>
    <message>
        <source>Mark excused</source>
        <translation>Marcar justificado</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Marcar ausente</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra sublinhada</translation>
    </message>
    <message>
        <source>The button, field or tab with that letter underlined</source>
        <translation>O botão, campo ou separador com essa letra sublinhada</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificado de conclusão</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Certifica-se que</translation>
    </message>
    <message>
        <source>has completed</source>
        <translation>concluiu</translation>
    </message>
    <message>
        <source>on %1, with %2 hours of attendance.</source>
        <translation>em %1, com %2 horas de presença.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Válido até %1.</translation>
    </message>
    <message>
        <source>Outcomes achieved</source>
        <translation>Resultados alcançados</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Participant ID %1</source>
        <translation>ID do participante %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Nobody has completed this programme yet.</source>
        <translation>Ainda ninguém concluiu este programa.</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a range with only a start</comment>
        <translation>a partir de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a range with only an end</comment>
        <translation>até %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a date range</comment>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>no sessions in this range (%1)</source>
        <translation>nenhuma sessão neste intervalo (%1)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Unknown export format %1; choose csv or xlsx.</source>
        <translation>Formato de exportação %1 desconhecido; escolha csv ou xlsx.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Data da sessão</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duração (min)</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Título da sessão</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>ID do participante</translation>
    </message>
    <message>
        <source>Participant name</source>
        <translation>Nome do participante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Minutes attended</source>
        <translation>Minutos de presença</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Marcado por</translation>
    </message>
    <message>
        <source>Marked at (UTC)</source>
        <translation>Marcado em (UTC)</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Chave da sessão</translation>
    </message>
    <message>
        <source>Participant key</source>
        <translation>Chave do participante</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Sessions counted</source>
        <translation>Sessões contadas</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>participant&apos;s external id</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <source>Excused (left out)</source>
        <translation>Justificadas (fora)</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Ainda por vir</translation>
    </message>
    <message>
        <source>Rate</source>
        <comment>attendance rate</comment>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>Required</source>
        <comment>attendance rate</comment>
        <translation>Exigido</translation>
    </message>
    <message>
        <source>Best still possible</source>
        <translation>Melhor ainda possível</translation>
    </message>
    <message>
        <source>%1 — alert</source>
        <comment>absences in a row</comment>
        <translation>%1 — alerta</translation>
    </message>
    <message>
        <source>Attendance compliance</source>
        <translation>Conformidade de presença</translation>
    </message>
    <message>
        <source>%1 % of sessions</source>
        <translation>%1 % das sessões</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>%1 with roll taken, %2 with roll missing or incomplete, %3 to come</source>
        <translation>%1 com chamada, %2 sem chamada completa, %3 por vir</translation>
    </message>
    <message>
        <source>Alert after</source>
        <translation>Alerta após</translation>
    </message>
    <message>
        <source>1 absence in a row</source>
        <translation>1 falta seguida</translation>
    </message>
    <message>
        <source>%1 absences in a row</source>
        <translation>%1 faltas seguidas</translation>
    </message>
    <message>
        <source>off</source>
        <comment>absence alert</comment>
        <translation>desligado</translation>
    </message>
    <message>
        <source>1 participant: %2.</source>
        <translation>1 participante: %2.</translation>
    </message>
    <message>
        <source>%1 participants: %2.</source>
        <translation>%1 participantes: %2.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this programme.</source>
        <translation>Ninguém está inscrito neste programa.</translation>
    </message>
    <message>
        <source>Rate = attended ÷ sessions counted. Sessions counted are those held since the participant enrolled whose roll was taken; a session whose roll is missing (one before they enrolled too: it can still be entered with them on it) is counted once its roll is taken, and until then is among those still to come. Best still possible = the rate if every session still to come is attended.</source>
        <translation>Taxa = presenças ÷ sessões contadas. As sessões contadas são as realizadas desde a inscrição do participante cuja chamada foi feita; uma sessão com a chamada em falta (também uma anterior à inscrição: ainda pode ser registada com o participante nela) é contada quando a chamada for feita, e até lá fica entre as sessões ainda por vir. Melhor ainda possível = a taxa se o participante estiver presente em todas as sessões ainda por vir.</translation>
    </message>
    <message>
        <source>Attendance compliance — %1</source>
        <translation>Conformidade de presença — %1</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Taxa %</translation>
    </message>
    <message>
        <source>Required %</source>
        <translation>Exigido %</translation>
    </message>
    <message>
        <source>Best still possible %</source>
        <translation>Melhor ainda possível %</translation>
    </message>
    <message>
        <source>Absences in a row</source>
        <translation>Faltas seguidas</translation>
    </message>
    <message>
        <source>Absence alert</source>
        <translation>Alerta de faltas</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformidade</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Início do período</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fim do período</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Hours in period</source>
        <translation>Horas no período</translation>
    </message>
    <message>
        <source>Hours to date</source>
        <translation>Horas até à data</translation>
    </message>
    <message>
        <source>Budget (hours)</source>
        <translation>Orçamento (horas)</translation>
    </message>
    <message>
        <source>Remaining (hours)</source>
        <translation>Restante (horas)</translation>
    </message>
    <message>
        <source>Beyond budget (hours)</source>
        <translation>Acima do orçamento (horas)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latino</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grego</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cirílico</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>arménio</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>georgiano</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebraico</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>devanágari</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>bengali</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>tâmil</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>tailandês</translation>
    </message>
    <message>
        <source>Ethiopic</source>
        <translation>etíope</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>khmer</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>birmanês</translation>
    </message>
    <message>
        <source>Chinese/Japanese (Han)</source>
        <translation>chinês/japonês (han)</translation>
    </message>
    <message>
        <source>Japanese (Hiragana)</source>
        <translation>japonês (hiragana)</translation>
    </message>
    <message>
        <source>Japanese (Katakana)</source>
        <translation>japonês (katakana)</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <translation>coreano (hangul)</translation>
    </message>
    <message>
        <source>The font file %1 was not found in %2, so reports cannot be printed; reinstall fieldsessions.</source>
        <translation>O tipo de letra %1 não foi encontrado em %2, por isso não é possível imprimir relatórios; reinstale o fieldsessions.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a script</comment>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 e mais %2</translation>
    </message>
    <message>
        <source>No font on this computer draws the %1 script, so these names print as empty boxes: %2 (install a font for it, e.g. Noto Sans).</source>
        <translation>Nenhum tipo de letra neste computador depalavra-passe a escrita %1, por isso estes nomes são impressos como caixas vazias: %2 (instale um tipo de letra para ela, por ex. Noto Sans).</translation>
    </message>
    <message>
        <source>No font on this computer draws the %1 scripts, so these names print as empty boxes: %2 (install fonts for them, e.g. Noto Sans).</source>
        <translation>Nenhum tipo de letra neste computador depalavra-passe as escritas %1, por isso estes nomes são impressos como caixas vazias: %2 (instale tipos de letra para elas, por ex. Noto Sans).</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Não conforme</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Ainda não avaliado</translation>
    </message>
    <message>
        <source>excused counts as attended</source>
        <translation>justificado conta como presença</translation>
    </message>
    <message>
        <source>excused is left out of the rate</source>
        <translation>justificado fica fora da taxa</translation>
    </message>
    <message>
        <source>excused counts as absent</source>
        <translation>justificado conta como falta</translation>
    </message>
    <message>
        <source>%1: </source>
        <comment>field label on a printed page</comment>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: that names a folder; give a file name.</source>
        <translation>Não é possível escrever %1: isso é o nome de uma pasta; indique um nome de ficheiro.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Não é possível escrever %1: a pasta %2 não existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Não é possível escrever %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder; give a file name in it.</source>
        <translation>Não é possível escrever %1: é uma pasta; indique um nome de ficheiro dentro dela.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not an ordinary file (a device, pipe or socket), so it is left alone; give a file name.</source>
        <translation>Não é possível escrever %1: não é um ficheiro normal (um dispositivo, pipe ou socket), por isso não é tocado; indique um nome de ficheiro.</translation>
    </message>
    <message>
        <source>Cannot write %1: files cannot be written there (the folder %2 takes no new files).</source>
        <translation>Não é possível escrever %1: não se podem escrever ficheiros aí (a pasta %2 não aceita ficheiros novos).</translation>
    </message>
    <message>
        <source>Printed %1 with fieldsessions</source>
        <translation>Impresso em %1 com o fieldsessions</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>attendance mark</comment>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>attendance mark</comment>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Excused</source>
        <comment>attendance mark</comment>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>attendance mark</comment>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Unknown sheet layout %1; choose one of: %2.</source>
        <translation>Formato de folha %1 desconhecido; escolha um destes: %2.</translation>
    </message>
    <message>
        <source>The number of blank walk-in rows must be between 0 and 500.</source>
        <translation>O número de linhas em branco para não inscritos deve estar entre 0 e 500.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Código da sessão</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>participant ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Nobody is booked for this session yet.</source>
        <translation>Ainda ninguém está inscrito nesta sessão.</translation>
    </message>
    <message>
        <source>Walk-ins — people not listed above: write their name, and their ID or phone.</source>
        <translation>Não inscritos — pessoas que não estão na lista acima: escreva o nome e o ID ou telefone.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a mark and its count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not marked %1</source>
        <translation>Não marcado %1</translation>
    </message>
    <message>
        <source>Recorded marks: %1.</source>
        <translation>Marcações registadas: %1.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s signature:</source>
        <translation>Assinatura do facilitador:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Attendance record</source>
        <translation>Registo de presença</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Folha de presença</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <comment>document title: report, programme, date</comment>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>Unknown paper size %1; choose one of: %2.</source>
        <translation>Tamanho de papel %1 desconhecido; escolha um destes: %2.</translation>
    </message>
    <message>
        <source>The number of blank rows must be between 0 and 500.</source>
        <translation>O número de linhas em branco deve estar entre 0 e 500.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Didn&apos;t happen — reason:</source>
        <translation>Não aconteceu — motivo:</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Relatório da sessão</translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation>Temas tratados</translation>
    </message>
    <message>
        <source>Other topics:</source>
        <translation>Outros temas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sem notas.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Tick each outcome the participant achieved</source>
        <translation>Marque cada resultado que o participante alcançou</translation>
    </message>
    <message>
        <source>Tick each outcome the participant achieved — outcomes %1 to %2</source>
        <translation>Marque cada resultado que o participante alcançou — resultados %1 a %2</translation>
    </message>
    <message>
        <source>This session has no outcomes to tick off.</source>
        <translation>Esta sessão não tem resultados para marcar.</translation>
    </message>
    <message>
        <source>Outcome tick-off — recorded</source>
        <translation>Verificação de resultados — registada</translation>
    </message>
    <message>
        <source>Outcome tick-off</source>
        <translation>Verificação de resultados</translation>
    </message>
    <message>
        <source>run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen (the commands, such as `fieldsessions --help`, need no display).</source>
        <translation>execute-a numa sessão de ambiente de trabalho, ou defina QT_QPA_PLATFORM=offscreen para a executar sem ecrã (os comandos, como `fieldsessions --help`, não precisam de ecrã).</translation>
    </message>
    <message>
        <source>the app cannot open its window: no display answers at DISPLAY=%1; %2</source>
        <translation>a aplicação não consegue abrir a sua janela: nenhum ecrã responde em DISPLAY=%1; %2</translation>
    </message>
    <message>
        <source>the app cannot open its window: there is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set); run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen (the commands, such as `fieldsessions --help`, need no display).</source>
        <translation>a aplicação não consegue abrir a sua janela: não há ecrã gráfico aqui (nem DISPLAY nem WAYLAND_DISPLAY estão definidos); execute-a numa sessão de ambiente de trabalho, ou defina QT_QPA_PLATFORM=offscreen para a executar sem ecrã (os comandos, como `fieldsessions --help`, não precisam de ecrã).</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ajuda e sair</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>um dos argumentos %s é obrigatório</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>não permitido com o argumento %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperado um argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>esperado no máximo um argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>esperado pelo menos um argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>esperado %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>esperados %s argumentos</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>escolha inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>não é possível abrir «%(filename)s»: %(error)s</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: erro: %2</translation>
    </message>
    <message>
        <source>Attendance, roll call and reports for facilitators. With no command, the desktop app starts.</source>
        <translation>Presenças, chamada e relatórios para facilitadores. Sem comando, abre a aplicação de ambiente de trabalho.</translation>
    </message>
    <message>
        <source>the data file (default: $FIELDSESSIONS_DB or the platform&apos;s user data folder)</source>
        <translation>o ficheiro de dados (por omissão: $FIELDSESSIONS_DB ou a pasta de dados do utilizador da plataforma)</translation>
    </message>
    <message>
        <source>log more</source>
        <translation>registar mais detalhes</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar a versão e sair</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <source>unexpected error (%1: %2). %3; please report it.</source>
        <translation>erro inesperado (%1: %2). %3; por favor, comunique-o.</translation>
    </message>
    <message>
        <source>Details are in the log file %1</source>
        <translation>Os detalhes estão no ficheiro de registo %1</translation>
    </message>
    <message>
        <source>No log file could be written (run again with -v to see the details)</source>
        <translation>Não foi possível escrever nenhum ficheiro de registo (execute de novo com -v para ver os detalhes)</translation>
    </message>
    <message>
        <source>the data file</source>
        <translation>o ficheiro de dados</translation>
    </message>
    <message>
        <source>--db was given an empty path; give the path of a data file, such as %1, or leave --db out for that one.</source>
        <translation>--db recebeu um caminho vazio; indique o caminho de um ficheiro de dados, como %1, ou omita --db para usar esse.</translation>
    </message>
    <message>
        <source>note: created the folder %1 and a new, empty data file at %2 (there was none there).</source>
        <translation>nota: foi criada a pasta %1 e um novo ficheiro de dados vazio em %2 (não havia nenhum).</translation>
    </message>
    <message>
        <source>note: created a new, empty data file at %1 (there was none there).</source>
        <translation>nota: foi criado um novo ficheiro de dados vazio em %1 (não havia nenhum).</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>Nada para listar.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>imprimir em JSON</translation>
    </message>
    <message>
        <source>present</source>
        <comment>attendance mark</comment>
        <translation>presente</translation>
    </message>
    <message>
        <source>late</source>
        <comment>attendance mark</comment>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>excused</source>
        <comment>attendance mark</comment>
        <translation>justificado</translation>
    </message>
    <message>
        <source>absent</source>
        <comment>attendance mark</comment>
        <translation>ausente</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>attendance mark</comment>
        <translation>pendente</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 não é um número inteiro</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>deve ser pelo menos 1</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>deve ser uma percentagem de 0 a 100</translation>
    </message>
    <message>
        <source>Demo data created in %1: %2, %3, %4, %5. Nothing in this demo file is sent to a server.</source>
        <translation>Dados de demonstração criados em %1: %2, %3, %4, %5. Nada neste ficheiro de demonstração é enviado a um servidor.</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>1 programa</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1 programas</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participante</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participantes</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sessão</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessões</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 marcação</translation>
    </message>
    <message>
        <source>%1 marks</source>
        <translation>%1 marcações</translation>
    </message>
    <message>
        <source>--nth-weekday goes with --monthly or --quarterly.</source>
        <translation>--nth-weekday usa-se com --monthly ou --quarterly.</translation>
    </message>
    <message>
        <source>--nth-weekday looks like 2:tue or last:fri.</source>
        <translation>--nth-weekday escreve-se como 2:tue ou last:fri.</translation>
    </message>
    <message>
        <source>warning: %1.</source>
        <translation>aviso: %1.</translation>
    </message>
    <message>
        <source>note: %1 is not a date of this schedule, so --exclude left nothing out for it.</source>
        <translation>nota: %1 não é uma data deste calendário, por isso --exclude não retirou nada para ela.</translation>
    </message>
    <message>
        <source>Programme %1 created (%2): %3.</source>
        <translation>Programa %1 criado (%2): %3.</translation>
    </message>
    <message>
        <source>1 session scheduled</source>
        <translation>1 sessão agendada</translation>
    </message>
    <message>
        <source>%1 sessions scheduled</source>
        <translation>%1 sessões agendadas</translation>
    </message>
    <message>
        <source>id</source>
        <comment>column</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <comment>column</comment>
        <translation>nome</translation>
    </message>
    <message>
        <source>schedule</source>
        <comment>column</comment>
        <translation>calendário</translation>
    </message>
    <message>
        <source>sessions</source>
        <comment>column</comment>
        <translation>sessões</translation>
    </message>
    <message>
        <source>enrolled</source>
        <comment>column</comment>
        <translation>inscritos</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <comment>column</comment>
        <translation>em espera</translation>
    </message>
    <message>
        <source>capacity</source>
        <comment>column</comment>
        <translation>capacidade</translation>
    </message>
    <message>
        <source>No programmes yet; add one with `fieldsessions programme add`.</source>
        <translation>Ainda não há programas; adicione um com `fieldsessions programme add`.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>session state</comment>
        <translation>agendada</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>session state</comment>
        <translation>a decorrer</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>session state</comment>
        <translation>concluída</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>session state</comment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>didn&apos;t happen</source>
        <comment>session state</comment>
        <translation>não aconteceu</translation>
    </message>
    <message>
        <source>not taken</source>
        <comment>roll</comment>
        <translation>não feita</translation>
    </message>
    <message>
        <source>incomplete</source>
        <comment>roll</comment>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>roll</comment>
        <translation>completa</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>A data de fim é anterior à data de início.</translation>
    </message>
    <message>
        <source>date</source>
        <comment>column</comment>
        <translation>data</translation>
    </message>
    <message>
        <source>start</source>
        <comment>column</comment>
        <translation>início</translation>
    </message>
    <message>
        <source>end</source>
        <comment>column</comment>
        <translation>fim</translation>
    </message>
    <message>
        <source>programme</source>
        <comment>column</comment>
        <translation>programa</translation>
    </message>
    <message>
        <source>status</source>
        <comment>column</comment>
        <translation>estado</translation>
    </message>
    <message>
        <source>marked</source>
        <comment>column</comment>
        <translation>marcados</translation>
    </message>
    <message>
        <source>roll</source>
        <comment>column</comment>
        <translation>chamada</translation>
    </message>
    <message>
        <source>external id</source>
        <comment>column</comment>
        <translation>id externo</translation>
    </message>
    <message>
        <source>group</source>
        <comment>column</comment>
        <translation>grupo</translation>
    </message>
    <message>
        <source>enrolment</source>
        <comment>column</comment>
        <translation>inscrição</translation>
    </message>
    <message>
        <source>No participants match.</source>
        <translation>Nenhum participante corresponde.</translation>
    </message>
    <message>
        <source>No participants yet; add them with `fieldsessions import-roster`.</source>
        <translation>Ainda não há participantes; adicione-os com `fieldsessions import-roster`.</translation>
    </message>
    <message>
        <source>booked</source>
        <comment>booking</comment>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <comment>booking</comment>
        <translation>em espera</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>booking</comment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 linha</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <source>Imported %1; enrolled %2, waitlisted %3; skipped %4.</source>
        <translation>Importados: %1; inscritos: %2, em espera: %3; ignoradas: %4.</translation>
    </message>
    <message>
        <source>Imported %1; skipped %2.</source>
        <translation>Importados: %1; ignoradas: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The file it replaced was kept as %3. Changes made after that backup are not in it; a sync brings back what the server has.</source>
        <translation>%1 restaurado a partir de %2. O ficheiro que ele substituiu foi guardado como %3. As alterações feitas depois dessa cópia de segurança não estão nele; uma sincronização traz de volta o que o servidor tem.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. Changes made after that backup are not in it; a sync brings back what the server has.</source>
        <translation>%1 restaurado a partir de %2. As alterações feitas depois dessa cópia de segurança não estão nele; uma sincronização traz de volta o que o servidor tem.</translation>
    </message>
    <message>
        <source>%1 was already marked %2; nothing changed.</source>
        <translation>%1 já estava marcado(a) %2; nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <comment>column</comment>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column</comment>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>By</source>
        <comment>column</comment>
        <translation>Por</translation>
    </message>
    <message>
        <source>Device</source>
        <comment>column</comment>
        <translation>Computador</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>(received without its own entry)</source>
        <translation>(recebida sem registo próprio)</translation>
    </message>
    <message>
        <source>%1 has no mark in this session and never had one.</source>
        <translation>%1 não tem marcação nesta sessão e nunca teve.</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 inscrição</translation>
    </message>
    <message>
        <source>%1 bookings</source>
        <translation>%1 inscrições</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it was deleted with its %2 and %3, here and on the server at the next sync.</source>
        <translation>O programa %1 não tem nada registado: foi apagado com %2 e %3, aqui e no servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it is deleted with its %2 and %3, here and on the server at the next sync.</source>
        <translation>O programa %1 não tem nada registado: é apagado com %2 e %3, aqui e no servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it was deleted with its %2, here and on the server at the next sync.</source>
        <translation>O programa %1 não tem nada registado: foi apagado com %2, aqui e no servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it is deleted with its %2, here and on the server at the next sync.</source>
        <translation>O programa %1 não tem nada registado: é apagado com %2, aqui e no servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it was deleted with its %2, here and on the server at the next sync.</source>
        <translation>O participante %1 não tem nada registado: foi apagado com %2, aqui e no servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it is deleted with its %2, here and on the server at the next sync.</source>
        <translation>O participante %1 não tem nada registado: é apagado com %2, aqui e no servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it was deleted, here and on the server at the next sync.</source>
        <translation>O participante %1 não tem nada registado: foi apagado, aqui e no servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it is deleted, here and on the server at the next sync.</source>
        <translation>O participante %1 não tem nada registado: é apagado, aqui e no servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>Programme %1 has %2 (marks, ticks or reports): it was archived, hidden from the lists, with every record kept.</source>
        <translation>O programa %1 tem %2 (marcações, verificações ou relatórios): foi arquivado, escondido das listas, com todos os registos mantidos.</translation>
    </message>
    <message>
        <source>Programme %1 has %2 (marks, ticks or reports): it is archived, hidden from the lists, with every record kept.</source>
        <translation>O programa %1 tem %2 (marcações, verificações ou relatórios): é arquivado, escondido das listas, com todos os registos mantidos.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registo</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registos</translation>
    </message>
    <message>
        <source>%1 has %2: they were taken off every programme, with their history kept.</source>
        <translation>%1 tem %2: foi retirado(a) de todos os programas, com o histórico mantido.</translation>
    </message>
    <message>
        <source>%1 has %2: they are taken off every programme, with their history kept.</source>
        <translation>%1 tem %2: é retirado(a) de todos os programas, com o histórico mantido.</translation>
    </message>
    <message>
        <source>1 mark or tick</source>
        <translation>1 marcação ou verificação</translation>
    </message>
    <message>
        <source>%1 marks or ticks</source>
        <translation>%1 marcações ou verificações</translation>
    </message>
    <message>
        <source>Nothing was changed: run again with --yes to confirm.</source>
        <translation>Nada foi alterado: execute de novo com --yes para confirmar.</translation>
    </message>
    <message>
        <source>(not set: fieldsessions settings --facilitator NAME)</source>
        <translation>(não definido: fieldsessions settings --facilitator NOME)</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitador: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Computador: %1</translation>
    </message>
    <message>
        <source>fill an empty data file with realistic demo data</source>
        <translation>preencher um ficheiro de dados vazio com dados de demonstração realistas</translation>
    </message>
    <message>
        <source>show or set this laptop&apos;s facilitator name (printed on sheets and reports) and device name</source>
        <translation>mostrar ou definir o nome do facilitador deste computador (impresso nas folhas e relatórios) e o nome do computador</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>o seu nome</translation>
    </message>
    <message>
        <source>this laptop&apos;s name</source>
        <translation>o nome deste computador</translation>
    </message>
    <message>
        <source>programmes: add, list</source>
        <translation>programas: add, list</translation>
    </message>
    <message>
        <source>create a programme and schedule its sessions</source>
        <translation>criar um programa e agendar as suas sessões</translation>
    </message>
    <message>
        <source>first date, YYYY-MM-DD</source>
        <translation>primeira data, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>a single session</source>
        <translation>uma única sessão</translation>
    </message>
    <message>
        <source>weekdays, e.g. tue,thu</source>
        <translation>dias da semana, ex.: tue,thu</translation>
    </message>
    <message>
        <source>every two weeks on these weekdays</source>
        <translation>de duas em duas semanas nestes dias da semana</translation>
    </message>
    <message>
        <source>on the start date&apos;s day number (29-31 fall on the last day of shorter months)</source>
        <translation>no número do dia da data de início (29-31 passam para o último dia dos meses mais curtos)</translation>
    </message>
    <message>
        <source>any RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE</source>
        <translation>qualquer regra RFC 5545, ex.: FREQ=WEEKLY;BYDAY=MO,WE</translation>
    </message>
    <message>
        <source>last date, YYYY-MM-DD</source>
        <translation>última data, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>number of sessions</source>
        <translation>número de sessões</translation>
    </message>
    <message>
        <source>number of weeks from the start</source>
        <translation>número de semanas a partir do início</translation>
    </message>
    <message>
        <source>monthly/quarterly on the Nth weekday, e.g. 2:tue or last:fri</source>
        <translation>mensal/trimestral no N.º dia da semana, ex.: 2:tue ou last:fri</translation>
    </message>
    <message>
        <source>a date with no session (repeat for each holiday)</source>
        <translation>uma data sem sessão (repita para cada feriado)</translation>
    </message>
    <message>
        <source>start time HH:MM (default 09:00)</source>
        <translation>hora de início HH:MM (por omissão 09:00)</translation>
    </message>
    <message>
        <source>minutes (default 60)</source>
        <translation>minutos (por omissão 60)</translation>
    </message>
    <message>
        <source>e.g. Africa/Nairobi (default UTC)</source>
        <translation>ex.: Africa/Maputo (por omissão UTC)</translation>
    </message>
    <message>
        <source>online link</source>
        <translation>link online</translation>
    </message>
    <message>
        <source>how excused absences count (default: excluded from the rate)</source>
        <translation>como contam as faltas justificadas (por omissão: fora da taxa)</translation>
    </message>
    <message>
        <source>repeat per outcome</source>
        <translation>repita para cada resultado</translation>
    </message>
    <message>
        <source>repeat per topic</source>
        <translation>repita para cada tema</translation>
    </message>
    <message>
        <source>list programmes</source>
        <translation>listar os programas</translation>
    </message>
    <message>
        <source>delete a programme with nothing recorded in it, else archive it (asks for --yes)</source>
        <translation>apagar um programa sem nada registado, senão arquivá-lo (pede --yes)</translation>
    </message>
    <message>
        <source>programme id or name</source>
        <translation>id ou nome do programa</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>confirmar</translation>
    </message>
    <message>
        <source>sessions: list</source>
        <translation>sessões: list</translation>
    </message>
    <message>
        <source>list sessions</source>
        <translation>listar as sessões</translation>
    </message>
    <message>
        <source>participants: list</source>
        <translation>participantes: list</translation>
    </message>
    <message>
        <source>list participants</source>
        <translation>listar os participantes</translation>
    </message>
    <message>
        <source>only those enrolled in this programme</source>
        <translation>só os inscritos neste programa</translation>
    </message>
    <message>
        <source>part of a name or ID</source>
        <translation>parte de um nome ou ID</translation>
    </message>
    <message>
        <source>delete a person with nothing recorded, else take them off every programme (asks for --yes)</source>
        <translation>apagar uma pessoa sem nada registado, senão retirá-la de todos os programas (pede --yes)</translation>
    </message>
    <message>
        <source>participant id or external id</source>
        <translation>id do participante ou id externo</translation>
    </message>
    <message>
        <source>import participants from CSV or XLSX</source>
        <translation>importar participantes de CSV ou XLSX</translation>
    </message>
    <message>
        <source>enrol everyone in this programme</source>
        <translation>inscrever todos neste programa</translation>
    </message>
    <message>
        <source>put a backup of the data file back in place (the newest one unless --backup is given); the file it replaces is kept</source>
        <translation>repor uma cópia de segurança do ficheiro de dados (a mais recente, salvo se --backup for indicado); o ficheiro substituído é guardado</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>a cópia de segurança a repor</translation>
    </message>
    <message>
        <source>mark one participant in one session</source>
        <translation>marcar um participante numa sessão</translation>
    </message>
    <message>
        <source>partial duration attended</source>
        <translation>duração parcial de presença</translation>
    </message>
    <message>
        <source>who marks (default: this laptop&apos;s facilitator)</source>
        <translation>quem marca (por omissão: o facilitador deste computador)</translation>
    </message>
    <message>
        <source>every change of one participant&apos;s mark in one session, from every laptop that has synced, oldest first</source>
        <translation>todas as alterações da marcação de um participante numa sessão, de todos os computadores que sincronizaram, da mais antiga para a mais recente</translation>
    </message>
    <message>
        <source>%1: already booked in %2; nothing changed.</source>
        <translation>%1: já inscrito(a) em %2; nada foi alterado.</translation>
    </message>
    <message>
        <source>%1: booked in %2.</source>
        <translation>%1: inscrito(a) em %2.</translation>
    </message>
    <message>
        <source>%1: already put on the waiting list (it is full) in %2; nothing changed.</source>
        <translation>%1: já estava na lista de espera (está cheio) em %2; nada foi alterado.</translation>
    </message>
    <message>
        <source>%1: put on the waiting list (it is full) in %2.</source>
        <translation>%1: posto(a) na lista de espera (está cheio) em %2.</translation>
    </message>
    <message>
        <source>%1: already no longer booked in %2; nothing changed.</source>
        <translation>%1: já não estava inscrito(a) em %2; nada foi alterado.</translation>
    </message>
    <message>
        <source>%1: no longer booked in %2.</source>
        <translation>%1: deixou de estar inscrito(a) em %2.</translation>
    </message>
    <message>
        <source>%1&apos;s place in %2 is cancelled. %3 was booked from the waiting list.</source>
        <translation>A vaga de %1 em %2 foi cancelada. %3 foi inscrito(a) a partir da lista de espera.</translation>
    </message>
    <message>
        <source>%1&apos;s place in %2 is cancelled.</source>
        <translation>A vaga de %1 em %2 foi cancelada.</translation>
    </message>
    <message>
        <source>give either --participant (someone registered) or --name.</source>
        <translation>indique --participant (alguém registado) ou --name.</translation>
    </message>
    <message>
        <source>%1 is already on this roll, marked %2; nothing changed.</source>
        <translation>%1 já está nesta chamada, marcado(a) %2; nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 is already on this roll, marked %2; nothing changed (use mark to change it).</source>
        <translation>%1 já está nesta chamada, marcado(a) %2; nada foi alterado (use mark para alterar).</translation>
    </message>
    <message>
        <source>%1 is already registered; mark them with --participant ID, or add another person with --new.</source>
        <translation>%1 já está registado(a); marque-o(a) com --participant ID, ou adicione outra pessoa com --new.</translation>
    </message>
    <message>
        <source>%1 are already registered; mark them with --participant ID, or add another person with --new.</source>
        <translation>%1 já estão registados; marque-os com --participant ID, ou adicione outra pessoa com --new.</translation>
    </message>
    <message>
        <source>%1 walked in: marked %2 (added as a new person).</source>
        <translation>%1 chegou sem inscrição: marcado(a) %2 (adicionado(a) como nova pessoa).</translation>
    </message>
    <message>
        <source>%1 walked in: marked %2.</source>
        <translation>%1 chegou sem inscrição: marcado(a) %2.</translation>
    </message>
    <message>
        <source>this session has %1; it would be kept but stop counting in every figure until it is reinstated. Nothing was changed: run again with --yes to confirm.</source>
        <translation>esta sessão tem %1; seria mantida mas deixaria de contar em todos os números até a sessão ser restabelecida. Nada foi alterado: execute de novo com --yes para confirmar.</translation>
    </message>
    <message>
        <source>this session has %1; they would be kept but stop counting in every figure until it is reinstated. Nothing was changed: run again with --yes to confirm.</source>
        <translation>esta sessão tem %1; seriam mantidas mas deixariam de contar em todos os números até a sessão ser restabelecida. Nada foi alterado: execute de novo com --yes para confirmar.</translation>
    </message>
    <message>
        <source>Its %1 is kept but does not count until it is reinstated.</source>
        <translation>%1 é mantida, mas não conta até a sessão ser restabelecida.</translation>
    </message>
    <message>
        <source>Its %1 are kept but do not count until it is reinstated.</source>
        <translation>%1 são mantidas, mas não contam até a sessão ser restabelecida.</translation>
    </message>
    <message>
        <source>Cancelled: %1, %2 %3-%4 (%5).</source>
        <translation>Cancelada: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>Recorded as not having happened: %1, %2 %3-%4 (%5).</source>
        <translation>Registada como não realizada: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>Nothing to change: the session of %1 %2 (%3) is neither cancelled nor recorded as not having happened.</source>
        <translation>Nada a alterar: a sessão de %1 %2 (%3) não está cancelada nem registada como não realizada.</translation>
    </message>
    <message>
        <source>Reinstated: %1, %2 %3-%4 (%5).</source>
        <translation>Restabelecida: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>Added: %1, %2 %3-%4 (%5).</source>
        <translation>Adicionada: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>say what to change: --date, --time or --duration.</source>
        <translation>diga o que alterar: --date, --time ou --duration.</translation>
    </message>
    <message>
        <source>Changed: %1, %2 %3-%4 (%5).</source>
        <translation>Alterada: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; pending (mark cleared).</source>
        <translation>%1: %2 -&gt; pendente (marcação apagada).</translation>
    </message>
    <message>
        <source>%1 had no mark in this session; nothing changed.</source>
        <translation>%1 não tinha marcação nesta sessão; nada foi alterado.</translation>
    </message>
    <message>
        <source>Marked 0 people present; everyone already had a mark.</source>
        <translation>0 pessoas marcadas como presentes; todos já tinham marcação.</translation>
    </message>
    <message>
        <source>Marked 0 people absent; everyone already had a mark.</source>
        <translation>0 pessoas marcadas como ausentes; todos já tinham marcação.</translation>
    </message>
    <message>
        <source>Marked 1 person present.</source>
        <translation>1 pessoa marcada como presente.</translation>
    </message>
    <message>
        <source>Marked %1 people present.</source>
        <translation>%1 pessoas marcadas como presentes.</translation>
    </message>
    <message>
        <source>Marked 1 person absent.</source>
        <translation>1 pessoa marcada como ausente.</translation>
    </message>
    <message>
        <source>Marked %1 people absent.</source>
        <translation>%1 pessoas marcadas como ausentes.</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>completion</comment>
        <translation>válida</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <comment>completion</comment>
        <translation>expira em breve</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>completion</comment>
        <translation>expirada</translation>
    </message>
    <message>
        <source>%1 on %2 (a completion valid %3):</source>
        <translation>%1 em %2 (uma conclusão é válida durante %3):</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mês</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>%1 on %2 (a completion never expires):</source>
        <translation>%1 em %2 (uma conclusão nunca expira):</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>completion</comment>
        <translation>concluída</translation>
    </message>
    <message>
        <source>met, not recorded</source>
        <comment>completion</comment>
        <translation>cumprida, não registada</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>completion</comment>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>never</source>
        <comment>expires</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>completion</source>
        <comment>column</comment>
        <translation>conclusão</translation>
    </message>
    <message>
        <source>completed on</source>
        <comment>column</comment>
        <translation>concluído em</translation>
    </message>
    <message>
        <source>expires</source>
        <comment>column</comment>
        <translation>expira</translation>
    </message>
    <message>
        <source>as of then</source>
        <comment>column</comment>
        <translation>nessa data</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet.</source>
        <translation>Ainda ninguém está inscrito.</translation>
    </message>
    <message>
        <source>book a participant into a programme (waitlisted when full)</source>
        <translation>inscrever um participante num programa (em lista de espera se estiver cheio)</translation>
    </message>
    <message>
        <source>cancel a booking or waitlist place (the first waitlisted person gets a freed place)</source>
        <translation>cancelar uma inscrição ou um lugar na lista de espera (a primeira pessoa em espera fica com a vaga liberada)</translation>
    </message>
    <message>
        <source>programme name or id</source>
        <translation>nome ou id do programa</translation>
    </message>
    <message>
        <source>add someone at the door and mark them</source>
        <translation>adicionar alguém à porta e marcá-lo</translation>
    </message>
    <message>
        <source>someone already registered</source>
        <translation>alguém já registado</translation>
    </message>
    <message>
        <source>a new person&apos;s name</source>
        <translation>o nome de uma pessoa nova</translation>
    </message>
    <message>
        <source>their ID (an existing person with it is used)</source>
        <translation>o ID da pessoa (usa-se a pessoa existente que o tiver)</translation>
    </message>
    <message>
        <source>add a new person even when someone registered matches --name</source>
        <translation>adicionar uma pessoa nova mesmo quando alguém registado corresponde a --name</translation>
    </message>
    <message>
        <source>one session: cancel, didnt-happen, reinstate, add, change</source>
        <translation>uma sessão: cancel, didnt-happen, reinstate, add, change</translation>
    </message>
    <message>
        <source>cancel a session, with the reason</source>
        <translation>cancelar uma sessão, com o motivo</translation>
    </message>
    <message>
        <source>record that a session that started did not take place, with the reason</source>
        <translation>registar que uma sessão que começou não se realizou, com o motivo</translation>
    </message>
    <message>
        <source>confirm for a session with marks or outcome ticks</source>
        <translation>confirmar para uma sessão com marcações ou verificações de resultados</translation>
    </message>
    <message>
        <source>undo a cancellation or a didn&apos;t-happen</source>
        <translation>desfazer um cancelamento ou um «não aconteceu»</translation>
    </message>
    <message>
        <source>add one extra session to a programme</source>
        <translation>adicionar uma sessão extra a um programa</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>HH:MM (default: the programme&apos;s)</source>
        <translation>HH:MM (por omissão: a do programa)</translation>
    </message>
    <message>
        <source>minutes (default: the programme&apos;s)</source>
        <translation>minutos (por omissão: os do programa)</translation>
    </message>
    <message>
        <source>move one session or change its length</source>
        <translation>mudar uma sessão de data/hora ou alterar a sua duração</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>clear one participant&apos;s mark (back to pending)</source>
        <translation>apagar a marcação de um participante (volta a pendente)</translation>
    </message>
    <message>
        <source>mark everyone still pending present, or the rest absent</source>
        <translation>marcar como presentes todos os que ainda estão pendentes, ou os restantes como ausentes</translation>
    </message>
    <message>
        <source>who completed a programme and whether it has expired on a date</source>
        <translation>quem concluiu um programa e se a conclusão expirou numa data</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>por omissão: hoje</translation>
    </message>
    <message>
        <source>row %1  %2 (%3)</source>
        <translation>linha %1  %2 (%3)</translation>
    </message>
    <message>
        <source>row %1  %2</source>
        <translation>linha %1  %2</translation>
    </message>
    <message>
        <source>no box marked</source>
        <translation>nenhuma caixa marcada</translation>
    </message>
    <message>
        <source>%1: %2 (session %3), sheet page %4, rows %5-%6; read in %7 s</source>
        <translation>%1: %2 (sessão %3), página %4 da folha, linhas %5-%6; lida em %7 s</translation>
    </message>
    <message>
        <source>%1: %2 (session %3), sheet page %4, walk-in rows only; read in %7 s</source>
        <translation>%1: %2 (sessão %3), página %4 da folha, só linhas de não inscritos; lida em %7 s</translation>
    </message>
    <message>
        <source>The roll has changed since printing: these people are now rows %1-%2 on the laptop; they are matched by who they are, not by row.</source>
        <translation>A chamada mudou desde a impressão: estas pessoas estão agora nas linhas %1-%2 no computador; são associadas pela identidade, não pela linha.</translation>
    </message>
    <message>
        <source>Doubtful, a person must look:</source>
        <translation>Duvidoso, uma pessoa tem de verificar:</translation>
    </message>
    <message>
        <source>%1: %2? %3 (confidence %4); the laptop has %5</source>
        <translation>%1: %2? %3 (confiança %4); o computador tem %5</translation>
    </message>
    <message>
        <source>%1: %2? %3 (confidence %4)</source>
        <translation>%1: %2? %3 (confiança %4)</translation>
    </message>
    <message>
        <source>No box marked on the paper, nothing on the laptop either (left pending):</source>
        <translation>Nenhuma caixa marcada no papel, nada no computador também (fica pendente):</translation>
    </message>
    <message>
        <source>Paper and laptop disagree (the laptop&apos;s mark is kept):</source>
        <translation>O papel e o computador não coincidem (mantém-se a marcação do computador):</translation>
    </message>
    <message>
        <source>%1: paper says %2, the laptop has %3 (confidence %4)</source>
        <translation>%1: o papel diz %2, o computador tem %3 (confiança %4)</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Lido:</translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3; the laptop has %4)</source>
        <translation>%1: %2 (confiança %3; o computador tem %4)</translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3, already on the laptop)</source>
        <translation>%1: %2 (confiança %3, já no computador)</translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3)</source>
        <translation>%1: %2 (confiança %3)</translation>
    </message>
    <message>
        <source>%1, %2 refused: %3, %4 doubtful, %5 with no box marked, %6.</source>
        <translation>%1, recusadas: %2; %3, duvidosas: %4, sem caixa marcada: %5, %6.</translation>
    </message>
    <message>
        <source>1 page read</source>
        <translation>1 página lida</translation>
    </message>
    <message>
        <source>%1 pages read</source>
        <translation>%1 páginas lidas</translation>
    </message>
    <message>
        <source>1 mark to write</source>
        <translation>1 marcação a escrever</translation>
    </message>
    <message>
        <source>%1 (doubtful) on %2</source>
        <translation>%1 (duvidoso) em %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Page %1 of %2 was read twice: %3</source>
        <translation>A página %1 de %2 foi lida duas vezes: %3</translation>
    </message>
    <message>
        <source>Page %1 of %2 was read %3 times: %4</source>
        <translation>A página %1 de %2 foi lida %3 vezes: %4</translation>
    </message>
    <message>
        <source>1 row read differently on the copies is left for a person (listed above).</source>
        <translation>1 linha lida de forma diferente nas cópias fica para uma pessoa (ver acima).</translation>
    </message>
    <message>
        <source>%1 rows read differently on the copies are left for a person (listed above).</source>
        <translation>%1 linhas lidas de forma diferente nas cópias ficam para uma pessoa (ver acima).</translation>
    </message>
    <message>
        <source>the copies agree, it is written once.</source>
        <translation>as cópias coincidem, é escrita uma vez.</translation>
    </message>
    <message>
        <source>row %1  %2, outcome %3 (%4)</source>
        <translation>linha %1  %2, resultado %3 (%4)</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>sem marca</translation>
    </message>
    <message>
        <source>rows %1-%2</source>
        <translation>linhas %1-%2</translation>
    </message>
    <message>
        <source>no participant rows</source>
        <translation>sem linhas de participantes</translation>
    </message>
    <message>
        <source>outcomes %1-%2</source>
        <translation>resultados %1-%2</translation>
    </message>
    <message>
        <source>no outcomes</source>
        <translation>sem resultados</translation>
    </message>
    <message>
        <source>%1: %2 (session %3), tick-off page %4, %5, %6; read in %7 s</source>
        <translation>%1: %2 (sessão %3), página %4 da ficha de verificação, %5, %6; lida em %7 s</translation>
    </message>
    <message>
        <source>  Read differently on the copies of this page (nothing written, a person decides):</source>
        <translation>  Lido de forma diferente nas cópias desta página (nada é escrito, uma pessoa decide):</translation>
    </message>
    <message>
        <source>%1: the copies say %2</source>
        <translation>%1: as cópias dizem %2</translation>
    </message>
    <message>
        <source>  Doubtful, a person must look:</source>
        <translation>  Duvidoso, uma pessoa tem de verificar:</translation>
    </message>
    <message>
        <source>    %1: %2? %3 (confidence %4)</source>
        <translation>    %1: %2? %3 (confiança %4)</translation>
    </message>
    <message>
        <source>; the laptop has it %1</source>
        <translation>; no computador está %1</translation>
    </message>
    <message>
        <source>  Paper and laptop disagree (the laptop&apos;s tick is kept):</source>
        <translation>  O papel e o computador não coincidem (mantém-se a verificação do computador):</translation>
    </message>
    <message>
        <source>    %1: paper says %2, the laptop has it %3 (confidence %4)</source>
        <translation>    %1: o papel diz %2, no computador está %3 (confiança %4)</translation>
    </message>
    <message>
        <source>  Ticked:</source>
        <translation>  Marcados:</translation>
    </message>
    <message>
        <source>    %1 (confidence %2, already on the laptop)</source>
        <translation>    %1 (confiança %2, já no computador)</translation>
    </message>
    <message>
        <source>    %1 (confidence %2)</source>
        <translation>    %1 (confiança %2)</translation>
    </message>
    <message>
        <source>  Blank row %1 has outcome %2 ticked for someone not listed: not read; add them as a walk-in on the Roster tab, then tick them on the Outcomes tab.</source>
        <translation>  A linha em branco %1 tem o resultado %2 marcado para alguém que não está na lista: não foi lida; adicione a pessoa como não inscrito no separador Participantes e depois marque-a no separador Resultados.</translation>
    </message>
    <message>
        <source>  Blank row %1 has outcomes %2 ticked for someone not listed: not read; add them as a walk-in on the Roster tab, then tick them on the Outcomes tab.</source>
        <translation>  A linha em branco %1 tem os resultados %2 marcados para alguém que não está na lista: não foi lida; adicione a pessoa como não inscrito no separador Participantes e depois marque-a no separador Resultados.</translation>
    </message>
    <message>
        <source>Read differently on the copies of this page (nothing written, a person decides):</source>
        <translation>Lido de forma diferente nas cópias desta página (nada é escrito, uma pessoa decide):</translation>
    </message>
    <message>
        <source>%1 marks to write</source>
        <translation>%1 marcações a escrever</translation>
    </message>
    <message>
        <source>%1 and %2 to write</source>
        <translation>%1 e %2 a escrever</translation>
    </message>
    <message>
        <source>1 tick</source>
        <translation>1 verificação</translation>
    </message>
    <message>
        <source>%1 ticks</source>
        <translation>%1 verificações</translation>
    </message>
    <message>
        <source>1 conflict with the laptop</source>
        <translation>1 conflito com o computador</translation>
    </message>
    <message>
        <source>%1 conflicts with the laptop</source>
        <translation>%1 conflitos com o computador</translation>
    </message>
    <message>
        <source>Skipped 1 blank page: %2.</source>
        <translation>1 página em branco ignorada: %2.</translation>
    </message>
    <message>
        <source>Skipped %1 blank pages: %2.</source>
        <translation>%1 páginas em branco ignoradas: %2.</translation>
    </message>
    <message>
        <source>1 walk-in row written in by hand, not added here: type it in with Read paper sheets… on the Roster tab, which shows each as written.</source>
        <translation>1 linha de não inscrito escrita à mão, não adicionada aqui: introduza-a com Ler folhas em papel… no separador Participantes, que mostra cada uma tal como foi escrita.</translation>
    </message>
    <message>
        <source>%1 walk-in rows written in by hand, not added here: type them in with Read paper sheets… on the Roster tab, which shows each as written.</source>
        <translation>%1 linhas de não inscritos escritas à mão, não adicionadas aqui: introduza-as com Ler folhas em papel… no separador Participantes, que mostra cada uma tal como foi escrita.</translation>
    </message>
    <message>
        <source>Nothing was written; run again with --accept to write the clear marks and ticks.</source>
        <translation>Nada foi escrito; execute de novo com --accept para escrever as marcações e verificações claras.</translation>
    </message>
    <message>
        <source>Nothing was written; run again with --accept to write the clear marks.</source>
        <translation>Nada foi escrito; execute de novo com --accept para escrever as marcações claras.</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>página %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 in one go.</source>
        <translation>%1 escritas de uma vez.</translation>
    </message>
    <message>
        <source>Wrote %1 in one go (%2), queued for sync.</source>
        <translation>%1 escritas de uma vez (%2), em fila para sincronizar.</translation>
    </message>
    <message>
        <source>Wrote %1 in one go, queued for sync.</source>
        <translation>%1 escritas de uma vez, em fila para sincronizar.</translation>
    </message>
    <message>
        <source>Page images kept in %1.</source>
        <translation>Imagens das páginas guardadas em %1.</translation>
    </message>
    <message>
        <source>1 doubtful row</source>
        <translation>1 linha duvidosa</translation>
    </message>
    <message>
        <source>%1 doubtful rows</source>
        <translation>%1 linhas duvidosas</translation>
    </message>
    <message>
        <source>1 person with no box marked</source>
        <translation>1 pessoa sem caixa marcada</translation>
    </message>
    <message>
        <source>%1 people with no box marked</source>
        <translation>%1 pessoas sem caixa marcada</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflito</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflitos</translation>
    </message>
    <message>
        <source>1 row read differently on two copies</source>
        <translation>1 linha lida de forma diferente em duas cópias</translation>
    </message>
    <message>
        <source>%1 rows read differently on two copies</source>
        <translation>%1 linhas lidas de forma diferente em duas cópias</translation>
    </message>
    <message>
        <source>1 refused page</source>
        <translation>1 página recusada</translation>
    </message>
    <message>
        <source>%1 refused pages</source>
        <translation>%1 páginas recusadas</translation>
    </message>
    <message>
        <source>Needs a person: %1 (listed above); mark them on the Roster tab or with `fieldsessions mark`, tick them on the Outcomes tab.</source>
        <translation>Precisa de verificação humana: %1 (ver acima); marque essas pessoas no separador Participantes ou com `fieldsessions mark`, e os resultados no separador Resultados.</translation>
    </message>
    <message>
        <source>Needs a person: %1 (listed above); mark them on the Roster tab or with `fieldsessions mark`.</source>
        <translation>Precisa de verificação humana: %1 (ver acima); marque essas pessoas no separador Participantes ou com `fieldsessions mark`.</translation>
    </message>
    <message>
        <source>read signed attendance sheets and ticked tick-off templates back in from scans or photos (PDF, PNG, JPEG, TIFF); shows what was read, writes it with --accept</source>
        <translation>ler de volta folhas de presença assinadas e fichas de verificação marcadas a partir de digitalizações ou fotos (PDF, PNG, JPEG, TIFF); mostra o que foi lido e escreve-o com --accept</translation>
    </message>
    <message>
        <source>write the clear marks of people not yet marked on this laptop, and the clear ticks of boxes not yet set on it</source>
        <translation>escrever as marcações claras de pessoas ainda sem marcação neste computador, e as verificações claras de caixas ainda não definidas nele</translation>
    </message>
    <message>
        <source>scanned pages or photos</source>
        <translation>páginas digitalizadas ou fotos</translation>
    </message>
    <message>
        <source>must be between 0 and 500</source>
        <translation>deve estar entre 0 e 500</translation>
    </message>
    <message>
        <source>-o was given an empty path; an output file is needed (-o FILE, or -o - for standard output).</source>
        <translation>-o recebeu um caminho vazio; é preciso um ficheiro de saída (-o ARQUIVO, ou -o - para a saída padrão).</translation>
    </message>
    <message>
        <source>-o %1: standard error is kept for messages; give a file name, or -o - for standard output.</source>
        <translation>-o %1: a saída de erros fica reservada às mensagens; indique um nome de ficheiro, ou -o - para a saída padrão.</translation>
    </message>
    <message>
        <source>A %1 file would print as garbage on the terminal; redirect it (-o - &gt; file) or give a file name.</source>
        <translation>Um ficheiro %1 apareceria como lixo no terminal; redirecione-o (-o - &gt; ficheiro) ou indique um nome de ficheiro.</translation>
    </message>
    <message>
        <source>%1 ends in .%2 but this writes %3; name it %4 or --format %2.</source>
        <translation>%1 termina em .%2 mas isto escreve %3; chame-lhe %4 ou use --format %2.</translation>
    </message>
    <message>
        <source>%1 ends in .%2 but this writes %3; name it %4.</source>
        <translation>%1 termina em .%2 mas isto escreve %3; chame-lhe %4.</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4.</source>
        <translation>Ficheiro %1 escrito: %2, %3, %4.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2, %3, %4.</source>
        <translation>Escrito na saída padrão: %2, %3, %4.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>That session is cancelled; reinstate it first (fieldsessions session reinstate ID).</source>
        <translation>Essa sessão está cancelada; restabeleça-a primeiro (fieldsessions session reinstate ID).</translation>
    </message>
    <message>
        <source>That session is recorded as not having happened; reinstate it first (fieldsessions session reinstate ID).</source>
        <translation>Essa sessão está registada como não realizada; restabeleça-a primeiro (fieldsessions session reinstate ID).</translation>
    </message>
    <message>
        <source>attendance record</source>
        <translation>registo de presença</translation>
    </message>
    <message>
        <source>attendance sheet</source>
        <translation>folha de presença</translation>
    </message>
    <message>
        <source>tick-off template</source>
        <translation>ficha de verificação</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <comment>participants x outcomes</comment>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>1 outcome</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>%1 outcomes</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <source>compliance report</source>
        <translation>relatório de conformidade</translation>
    </message>
    <message>
        <source>hours report</source>
        <translation>relatório de horas</translation>
    </message>
    <message>
        <source>1 period</source>
        <translation>1 período</translation>
    </message>
    <message>
        <source>%1 periods</source>
        <translation>%1 períodos</translation>
    </message>
    <message>
        <source>Nobody in %1 has completed it (or every completion has expired), so there is no certificate to print; no file was written.</source>
        <translation>Ninguém em %1 o concluiu (ou todas as conclusões expiraram), por isso não há certificado para imprimir; nenhum ficheiro foi escrito.</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificados</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>1 certificado</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 certificados</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1; add --format csv or --format xlsx.</source>
        <translation>Não é possível saber o formato de %1; acrescente --format csv ou --format xlsx.</translation>
    </message>
    <message>
        <source>Wrote %1: %2.</source>
        <translation>Ficheiro %1 escrito: %2.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2.</source>
        <translation>Escrito na saída padrão: %2.</translation>
    </message>
    <message>
        <source>1 attendance line</source>
        <translation>1 linha de presença</translation>
    </message>
    <message>
        <source>%1 attendance lines</source>
        <translation>%1 linhas de presença</translation>
    </message>
    <message>
        <source>1 participant line</source>
        <translation>1 linha de participante</translation>
    </message>
    <message>
        <source>%1 participant lines</source>
        <translation>%1 linhas de participantes</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 linha</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <source>Wrote %1: %2; %3.</source>
        <translation>Ficheiro %1 escrito: %2; %3.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2; %3.</source>
        <translation>Escrito na saída padrão: %2; %3.</translation>
    </message>
    <message>
        <source>Wrote %1: %2; no sessions in this range for %3.</source>
        <translation>Ficheiro %1 escrito: %2; nenhuma sessão neste intervalo para %3.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2; no sessions in this range for %3.</source>
        <translation>Escrito na saída padrão: %2; nenhuma sessão neste intervalo para %3.</translation>
    </message>
    <message>
        <source>first session date, YYYY-MM-DD</source>
        <translation>data da primeira sessão, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>last session date, YYYY-MM-DD</source>
        <translation>data da última sessão, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the file to write; - (or /dev/stdout) for standard output</source>
        <translation>o ficheiro a escrever; - (ou /dev/stdout) para a saída padrão</translation>
    </message>
    <message>
        <source>print a report to PDF: sheet, tickoff, compliance, hours, certificates</source>
        <translation>imprimir um relatório em PDF: sheet, tickoff, compliance, hours, certificates</translation>
    </message>
    <message>
        <source>the attendance sheet of a session</source>
        <translation>a folha de presença de uma sessão</translation>
    </message>
    <message>
        <source>a tick box per status (default) or a column to sign</source>
        <translation>uma caixa por estado (por omissão) ou uma coluna para assinar</translation>
    </message>
    <message>
        <source>print the recorded marks</source>
        <translation>imprimir as marcações registadas</translation>
    </message>
    <message>
        <source>blank rows for walk-ins (default 10, or 0 with --filled)</source>
        <translation>linhas em branco para não inscritos (por omissão 10, ou 0 com --filled)</translation>
    </message>
    <message>
        <source>the outcome tick-off template and session report of a session</source>
        <translation>a ficha de verificação de resultados e o relatório de uma sessão</translation>
    </message>
    <message>
        <source>print the recorded ticks and session report</source>
        <translation>imprimir as verificações e o relatório da sessão registados</translation>
    </message>
    <message>
        <source>blank rows (default 5, or 0 with --filled)</source>
        <translation>linhas em branco (por omissão 5, ou 0 com --filled)</translation>
    </message>
    <message>
        <source>attendance compliance of a programme</source>
        <translation>a conformidade de presença de um programa</translation>
    </message>
    <message>
        <source>hours per facilitator and participant, per period</source>
        <translation>horas por facilitador e participante, por período</translation>
    </message>
    <message>
        <source>a certificate per participant who completed</source>
        <translation>um certificado por cada participante que concluiu</translation>
    </message>
    <message>
        <source>one table per month (default), week, or only the whole programme</source>
        <translation>uma tabela por mês (por omissão), por semana, ou só o programa inteiro</translation>
    </message>
    <message>
        <source>export to CSV or XLSX: attendance, compliance, hours</source>
        <translation>exportar para CSV ou XLSX: attendance, compliance, hours</translation>
    </message>
    <message>
        <source>attendance of held sessions</source>
        <translation>presenças das sessões realizadas</translation>
    </message>
    <message>
        <source>attendance compliance per participant</source>
        <translation>conformidade de presença por participante</translation>
    </message>
    <message>
        <source>hours per facilitator and participant</source>
        <translation>horas por facilitador e participante</translation>
    </message>
    <message>
        <source>programme name or id (default: every programme)</source>
        <translation>nome ou id do programa (por omissão: todos os programas)</translation>
    </message>
    <message>
        <source>default: from the output file&apos;s extension</source>
        <translation>por omissão: pela extensão do ficheiro de saída</translation>
    </message>
    <message>
        <source>No reports are owed.</source>
        <translation>Não há relatórios a entregar.</translation>
    </message>
    <message>
        <source>period</source>
        <comment>column</comment>
        <translation>período</translation>
    </message>
    <message>
        <source>from</source>
        <comment>column</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <comment>column</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>state</source>
        <comment>column</comment>
        <translation>estado</translation>
    </message>
    <message>
        <source>key</source>
        <comment>column</comment>
        <translation>chave</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>report</comment>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>due</source>
        <comment>report</comment>
        <translation>a entregar</translation>
    </message>
    <message>
        <source>1 owed, %2 overdue. Submit it with: fieldsessions reports submit --programme NAME --period KEY --notes TEXT</source>
        <translation>1 a entregar, %2 atrasados. Entregue-o com: fieldsessions reports submit --programme NOME --period CHAVE --notes TEXTO</translation>
    </message>
    <message>
        <source>%1 owed, %2 overdue. Submit one with: fieldsessions reports submit --programme NAME --period KEY --notes TEXT</source>
        <translation>%1 a entregar, %2 atrasados. Entregue um com: fieldsessions reports submit --programme NOME --period CHAVE --notes TEXTO</translation>
    </message>
    <message>
        <source>Report for %1 submitted.</source>
        <translation>Relatório de %1 entregue.</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>column</comment>
        <translation>resultado</translation>
    </message>
    <message>
        <source>achieved on</source>
        <comment>column</comment>
        <translation>alcançado em</translation>
    </message>
    <message>
        <source>No outcome achieved yet.</source>
        <translation>Ainda nenhum resultado alcançado.</translation>
    </message>
    <message>
        <source>Pathway %1: %2</source>
        <translation>Percurso %1: %2</translation>
    </message>
    <message>
        <source>complete on %1</source>
        <translation>concluído em %1</translation>
    </message>
    <message>
        <source>still needs %1</source>
        <translation>ainda falta %1</translation>
    </message>
    <message>
        <source>--any-of %1 needs two or more programmes separated by |.</source>
        <translation>--any-of %1 precisa de dois ou mais programas separados por |.</translation>
    </message>
    <message>
        <source>Pathway %1 created (%2).</source>
        <translation>Percurso %1 criado (%2).</translation>
    </message>
    <message>
        <source>No pathways yet. Create one with: fieldsessions pathway add --name NAME --programme A --any-of &quot;B|C&quot;</source>
        <translation>Ainda não há percursos. Crie um com: fieldsessions pathway add --name NOME --programme A --any-of &quot;B|C&quot;</translation>
    </message>
    <message>
        <source>needs</source>
        <comment>column</comment>
        <translation>precisa de</translation>
    </message>
    <message>
        <source>Nobody is booked on a programme of this pathway yet.</source>
        <translation>Ainda ninguém está inscrito num programa deste percurso.</translation>
    </message>
    <message>
        <source>standing</source>
        <comment>column</comment>
        <translation>situação</translation>
    </message>
    <message>
        <source>Wrote %1: %2 for %3 to %4, %5.</source>
        <translation>Ficheiro %1 escrito: %2 de %3 a %4, %5.</translation>
    </message>
    <message>
        <source>1 sheet</source>
        <translation>1 folha</translation>
    </message>
    <message>
        <source>%1 sheets</source>
        <translation>%1 folhas</translation>
    </message>
    <message>
        <source>the attendance sheets of every session in a date range, in one PDF (default: today and the next 13 days)</source>
        <translation>as folhas de presença de todas as sessões num intervalo de datas, num só PDF (por omissão: hoje e os 13 dias seguintes)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>o PDF a escrever</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default today)</source>
        <translation>primeiro dia, AAAA-MM-DD (por omissão hoje)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default 13 days after the first)</source>
        <translation>último dia, AAAA-MM-DD (por omissão 13 dias depois do primeiro)</translation>
    </message>
    <message>
        <source>only this programme (id or name)</source>
        <translation>só este programa (id ou nome)</translation>
    </message>
    <message>
        <source>paper size (default a4)</source>
        <translation>tamanho do papel (por omissão a4)</translation>
    </message>
    <message>
        <source>a participant&apos;s outcomes across programmes and their pathway progress</source>
        <translation>os resultados de um participante em todos os programas e o seu progresso nos percursos</translation>
    </message>
    <message>
        <source>participant id or external ID</source>
        <translation>id do participante ou ID externo</translation>
    </message>
    <message>
        <source>completion pathways: add, list, status</source>
        <translation>percursos de conclusão: add, list, status</translation>
    </message>
    <message>
        <source>create a pathway: every --programme, and any one of each --any-of group</source>
        <translation>criar um percurso: todos os --programme, e qualquer um de cada grupo --any-of</translation>
    </message>
    <message>
        <source>a programme the pathway needs (repeat)</source>
        <translation>um programa de que o percurso precisa (repita)</translation>
    </message>
    <message>
        <source>programmes of which any one is enough, separated by | (repeat)</source>
        <translation>programas dos quais qualquer um basta, separados por | (repita)</translation>
    </message>
    <message>
        <source>list the pathways and what each needs</source>
        <translation>listar os percursos e o que cada um exige</translation>
    </message>
    <message>
        <source>who completed a pathway, and what the others still need</source>
        <translation>quem concluiu um percurso, e o que ainda falta aos outros</translation>
    </message>
    <message>
        <source>pathway id or exact name</source>
        <translation>id ou nome exato do percurso</translation>
    </message>
    <message>
        <source>reports owed: owed, submit</source>
        <translation>relatórios a entregar: owed, submit</translation>
    </message>
    <message>
        <source>list the programme reports not written yet (due, or overdue a week after)</source>
        <translation>listar os relatórios de programas ainda não escritos (a entregar, ou atrasados uma semana depois)</translation>
    </message>
    <message>
        <source>only this programme (id or exact name)</source>
        <translation>só este programa (id ou nome exato)</translation>
    </message>
    <message>
        <source>submit a report owed (a period&apos;s report, or a session&apos;s)</source>
        <translation>entregar um relatório pendente (o relatório de um período, ou de uma sessão)</translation>
    </message>
    <message>
        <source>programme id or exact name</source>
        <translation>id ou nome exato do programa</translation>
    </message>
    <message>
        <source>the period&apos;s key as `reports owed` shows it, e.g. month:2026-03</source>
        <translation>a chave do período tal como `reports owed` a mostra, ex.: month:2026-03</translation>
    </message>
    <message>
        <source>what the report says</source>
        <translation>o que diz o relatório</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <comment>compliance</comment>
        <translation>ainda não avaliado</translation>
    </message>
    <message>
        <source>compliant</source>
        <comment>compliance</comment>
        <translation>conforme</translation>
    </message>
    <message>
        <source>at risk</source>
        <comment>compliance</comment>
        <translation>em risco</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <comment>compliance</comment>
        <translation>não conforme</translation>
    </message>
    <message>
        <source>attended</source>
        <comment>excused counts as</comment>
        <translation>contam como presença</translation>
    </message>
    <message>
        <source>excluded</source>
        <comment>excused counts as</comment>
        <translation>fora da taxa</translation>
    </message>
    <message>
        <source>absent</source>
        <comment>excused counts as</comment>
        <translation>contam como falta</translation>
    </message>
    <message>
        <source>ALERT</source>
        <comment>absence alert</comment>
        <translation>ALERTA</translation>
    </message>
    <message>
        <source>%1: required attendance %2%, excused counts as %3, %4.</source>
        <translation>%1: presença exigida %2%, faltas justificadas: %3, %4.</translation>
    </message>
    <message>
        <source>alert after 1 absence in a row</source>
        <translation>alerta após 1 falta seguida</translation>
    </message>
    <message>
        <source>alert after %1 absences in a row</source>
        <translation>alerta após %1 faltas seguidas</translation>
    </message>
    <message>
        <source>%1: required attendance %2%, excused counts as %3, no alert for absences in a row.</source>
        <translation>%1: presença exigida %2%, faltas justificadas: %3, sem alerta de faltas seguidas.</translation>
    </message>
    <message>
        <source>Sessions: %1 with roll taken, %2 with roll missing or incomplete, %3 to come.</source>
        <translation>Sessões: %1 com chamada feita, %2 com chamada em falta ou incompleta, %3 por vir.</translation>
    </message>
    <message>
        <source>Nobody needs follow-up.</source>
        <translation>Ninguém precisa de acompanhamento.</translation>
    </message>
    <message>
        <source>Nobody is booked yet.</source>
        <translation>Ainda ninguém está inscrito.</translation>
    </message>
    <message>
        <source>attended</source>
        <comment>column</comment>
        <translation>presenças</translation>
    </message>
    <message>
        <source>rate</source>
        <comment>column</comment>
        <translation>taxa</translation>
    </message>
    <message>
        <source>max</source>
        <comment>column</comment>
        <translation>máx.</translation>
    </message>
    <message>
        <source>absences in a row</source>
        <comment>column</comment>
        <translation>faltas seguidas</translation>
    </message>
    <message>
        <source>alert</source>
        <comment>column</comment>
        <translation>alerta</translation>
    </message>
    <message>
        <source>Follow-up: %1 of %2 (--follow-up lists only them).</source>
        <translation>Acompanhamento: %1 de %2 (--follow-up lista só esses).</translation>
    </message>
    <message>
        <source>attendance compliance of a programme&apos;s participants, with the follow-up list</source>
        <translation>a conformidade de presença dos participantes de um programa, com a lista de acompanhamento</translation>
    </message>
    <message>
        <source>only the non-compliant, at-risk and alerted participants</source>
        <translation>só os participantes não conformes, em risco ou com alerta</translation>
    </message>
    <message>
        <source>--ca-bundle needs a file.</source>
        <translation>--ca-bundle precisa de um ficheiro.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>O ficheiro CA %1 não existe.</translation>
    </message>
    <message>
        <source>the CA bundle file (.pem) the server&apos;s admin gave you</source>
        <translation>o ficheiro CA (.pem) que o administrador do servidor lhe deu</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Não é possível ler o ficheiro CA %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate file (PEM).</source>
        <translation>%1 não é um ficheiro de certificado CA (PEM).</translation>
    </message>
    <message>
        <source>No password: set %1 or run this in a terminal.</source>
        <translation>Sem palavra-passe: defina %1 ou execute isto num terminal.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Palavra-passe para %1: </translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>o porta-chaves do sistema</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; the device token is kept in %3.</source>
        <translation>Entrou em %1 como %2; o código de acesso deste computador fica guardado em %3.</translation>
    </message>
    <message>
        <source>%1 answers in plain HTTP, not HTTPS: check the address with the server&apos;s admin (http:// is accepted only for a server on this machine).</source>
        <translation>%1 responde em HTTP simples, não em HTTPS: verifique o endereço com o administrador do servidor (http:// só é aceite para um servidor neste computador).</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified; ask the server&apos;s admin for its CA bundle and give it with --ca-bundle FILE.</source>
        <translation>Não foi possível verificar o certificado de %1; peça ao administrador do servidor o ficheiro CA e indique-o com --ca-bundle ARQUIVO.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at %1: nothing answers there. Check the address and your connection, and that the server is running.</source>
        <translation>Não é possível contactar o servidor de sincronização em %1: nada responde aí. Verifique o endereço e a ligação, e se o servidor está a funcionar.</translation>
    </message>
    <message>
        <source>sending %1/%2</source>
        <translation>a enviar %1/%2</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>recebidas %1</translation>
    </message>
    <message>
        <source>Sync stopped before anything was sent or received: %1</source>
        <translation>A sincronização parou antes de enviar ou receber algo: %1</translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation>Ainda sem sincronizações.</translation>
    </message>
    <message>
        <source>running</source>
        <comment>sync</comment>
        <translation>em curso</translation>
    </message>
    <message>
        <source>stopped (interrupted)</source>
        <translation>parada (interrompida)</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>interrompida: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>recusado: %1</translation>
    </message>
    <message>
        <source>1 received change waiting</source>
        <translation>1 alteração recebida à espera</translation>
    </message>
    <message>
        <source>%1 received changes waiting</source>
        <translation>%1 alterações recebidas à espera</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>sync</comment>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1  sent %2, accepted %3, conflicts %4, rejected %5, received %6  %7</source>
        <translation>%1  enviadas %2, aceites %3, conflitos %4, rejeitadas %5, recebidas %6  %7</translation>
    </message>
    <message>
        <source>%2 (1 change)</source>
        <translation>%2 (1 alteração)</translation>
    </message>
    <message>
        <source>%2 (%1 changes)</source>
        <translation>%2 (%1 alterações)</translation>
    </message>
    <message>
        <source>sign this laptop in to a sync server</source>
        <translation>entrar num servidor de sincronização com este computador</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>o seu nome de utilizador no servidor</translation>
    </message>
    <message>
        <source>a CA bundle file for a private certificate</source>
        <translation>um ficheiro CA para um certificado privado</translation>
    </message>
    <message>
        <source>send queued changes and receive the server&apos;s</source>
        <translation>enviar as alterações em fila e receber as do servidor</translation>
    </message>
    <message>
        <source>changes per request</source>
        <translation>alterações por pedido</translation>
    </message>
    <message>
        <source>no progress</source>
        <translation>sem barra de progresso</translation>
    </message>
    <message>
        <source>show the last syncs</source>
        <translation>mostrar as últimas sincronizações</translation>
    </message>
    <message>
        <source>The completion attendance must be between 0 and 100 %.</source>
        <translation>A presença para conclusão deve estar entre 0 e 100 %.</translation>
    </message>
    <message>
        <source>A completion stays valid for at least one month.</source>
        <translation>Uma conclusão fica válida durante pelo menos um mês.</translation>
    </message>
    <message>
        <source>&apos;Expiring soon&apos; needs a number of days of 0 or more.</source>
        <translation>«Expira em breve» precisa de um número de dias igual ou superior a 0.</translation>
    </message>
    <message>
        <source>Required attendance must be between 0 and 100 %.</source>
        <translation>A presença exigida deve estar entre 0 e 100 %.</translation>
    </message>
    <message>
        <source>The consecutive absence limit cannot be negative.</source>
        <translation>O limite de faltas seguidas não pode ser negativo.</translation>
    </message>
    <message>
        <source>An hours budget must be a number of hours.</source>
        <translation>Um orçamento de horas deve ser um número de horas.</translation>
    </message>
    <message>
        <source>An hours budget cannot be negative.</source>
        <translation>Um orçamento de horas não pode ser negativo.</translation>
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
        <translation>Os minutos de presença devem estar entre 0 e os %1 minutos da sessão.</translation>
    </message>
    <message>
        <source>%1 has used all of their %2 budget; record them as absent or excused, or raise their budget.</source>
        <translation>%1 já usou todo o seu orçamento de %2; registe-o(a) como ausente ou justificado(a), ou aumente o orçamento.</translation>
    </message>
    <message>
        <source>%1 has only %2 left of their %3 budget and this session takes %4; record the minutes actually used (at most %5) or raise their budget.</source>
        <translation>%1 só tem %2 restantes do seu orçamento de %3 e esta sessão dura %4; registe os minutos realmente usados (no máximo %5) ou aumente o orçamento.</translation>
    </message>
    <message>
        <source>%1 has only %2 left of their %3 budget, less than the %4 recorded; record at most %5 minutes or raise their budget.</source>
        <translation>%1 só tem %2 restantes do seu orçamento de %3, menos do que os %4 registados; registe no máximo %5 minutos ou aumente o orçamento.</translation>
    </message>
    <message>
        <source>This session was cancelled, so attendance cannot be recorded for it.</source>
        <translation>Esta sessão foi cancelada, por isso não é possível registar presenças nela.</translation>
    </message>
    <message>
        <source>This session is recorded as not having happened, so attendance cannot be recorded for it.</source>
        <translation>Esta sessão está registada como não realizada, por isso não é possível registar presenças nela.</translation>
    </message>
    <message>
        <source>This session starts more than an hour from now; attendance can be recorded from one hour before it starts.</source>
        <translation>Esta sessão começa daqui a mais de uma hora; as presenças podem ser registadas a partir de uma hora antes do início.</translation>
    </message>
    <message>
        <source>1 attendance mark</source>
        <translation>1 marcação de presença</translation>
    </message>
    <message>
        <source>%1 attendance marks</source>
        <translation>%1 marcações de presença</translation>
    </message>
    <message>
        <source>1 outcome tick</source>
        <translation>1 verificação de resultado</translation>
    </message>
    <message>
        <source>%1 outcome ticks</source>
        <translation>%1 verificações de resultados</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>The session of %1 has %2, so it cannot be moved to a time more than an hour from now (a session is marked only once it is about to start); clear what is recorded on it first, or add a new session instead.</source>
        <translation>A sessão de %1 tem %2, por isso não pode passar para um horário que comece daqui a mais de uma hora (uma sessão só é marcada quando está prestes a começar); apague primeiro o que está registado nela, ou adicione antes uma nova sessão.</translation>
    </message>
    <message>
        <source>The session of %2 has 1 attendance mark, so it cannot be deleted; cancel it instead.</source>
        <translation>A sessão de %2 tem 1 marcação de presença, por isso não pode ser apagada; cancele-a.</translation>
    </message>
    <message>
        <source>The session of %2 has %1 attendance marks, so it cannot be deleted; cancel it instead.</source>
        <translation>A sessão de %2 tem %1 marcações de presença, por isso não pode ser apagada; cancele-a.</translation>
    </message>
    <message>
        <source>A programme needs a name.</source>
        <translation>Um programa precisa de um nome.</translation>
    </message>
    <message>
        <source>A programme name is at most 200 characters.</source>
        <translation>O nome de um programa tem no máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The online link %1 is not a web address; give the whole link, starting with https://.</source>
        <translation>O link online %1 não é um endereço web; indique o link completo, começando por https://.</translation>
    </message>
    <message>
        <source>Required attendance is a percentage from 0 to 100.</source>
        <translation>A presença exigida é uma percentagem de 0 a 100.</translation>
    </message>
    <message>
        <source>Capacity must be at least 1 (or left empty for no limit).</source>
        <translation>A capacidade deve ser pelo menos 1 (ou vazia para sem limite).</translation>
    </message>
    <message>
        <source>The consecutive-absence alert needs a limit of at least 1.</source>
        <translation>O alerta de faltas seguidas precisa de um limite de pelo menos 1.</translation>
    </message>
    <message>
        <source>Expiry is at least 1 month (or empty for never).</source>
        <translation>A validade é de pelo menos 1 mês (ou vazia para nunca).</translation>
    </message>
    <message>
        <source>An outcome cannot be empty.</source>
        <translation>Um resultado não pode estar vazio.</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>data de início</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>data de fim</translation>
    </message>
    <message>
        <source>excluded date</source>
        <translation>data excluída</translation>
    </message>
    <message>
        <source>last session&apos;s date</source>
        <translation>data da última sessão</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>The %1 %2 is not a date in the form YYYY-MM-DD.</source>
        <translation>A %1 %2 não é uma data no formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist in the calendar.</source>
        <translation>A %1 %2 não existe no calendário.</translation>
    </message>
    <message>
        <source>The time %1 is not a time in the form HH:MM (00:00-23:59).</source>
        <translation>A hora %1 não é uma hora no formato HH:MM (00:00-23:59).</translation>
    </message>
    <message>
        <source>%1 is not a weekday; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>%1 não é um dia da semana; use mon, tue, wed, thu, fri, sat ou sun.</translation>
    </message>
    <message>
        <source>Name at least one weekday, for example tue,thu.</source>
        <translation>Indique pelo menos um dia da semana, por exemplo tue,thu.</translation>
    </message>
    <message>
        <source>%1 is not a known time zone (e.g. Africa/Nairobi).</source>
        <translation>%1 não é um fuso horário conhecido (ex.: Africa/Maputo).</translation>
    </message>
    <message>
        <source>The number of weeks must be at least 1.</source>
        <translation>O número de semanas deve ser pelo menos 1.</translation>
    </message>
    <message>
        <source>The %1 %2 is outside the years %3-%4 that programmes can be scheduled in.</source>
        <translation>A %1 %2 está fora dos anos %3-%4 em que os programas podem ser agendados.</translation>
    </message>
    <message>
        <source>A once-off programme has a single session; leave out the end date, number of weeks or number of sessions (or choose a repeating schedule).</source>
        <translation>Um programa de uma só vez tem uma única sessão; omita a data de fim, o número de semanas ou o número de sessões (ou escolha um calendário que se repete).</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>A data de fim %1 é anterior à data de início %2.</translation>
    </message>
    <message>
        <source>The number of sessions must be between 1 and %1.</source>
        <translation>O número de sessões deve estar entre 1 e %1.</translation>
    </message>
    <message>
        <source>Weekdays must be numbers 0 (Monday) to 6 (Sunday).</source>
        <translation>Os dias da semana devem ser números de 0 (segunda-feira) a 6 (domingo).</translation>
    </message>
    <message>
        <source>A custom schedule needs an RRULE, e.g. FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>Um calendário personalizado precisa de uma RRULE, ex.: FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>The RRULE %1 repeats within a day; programmes have at most one session a day, so use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation>A RRULE %1 repete-se dentro de um dia; os programas têm no máximo uma sessão por dia, por isso use FREQ=DAILY, WEEKLY, MONTHLY ou YEARLY.</translation>
    </message>
    <message>
        <source>The RRULE %1 has its own COUNT or UNTIL; give the end either in the rule or as an end date / number of sessions, not both.</source>
        <translation>A RRULE %1 tem o seu próprio COUNT ou UNTIL; indique o fim na regra ou como data de fim / número de sessões, não ambos.</translation>
    </message>
    <message>
        <source>Say when the programme ends: an end date or a number of sessions.</source>
        <translation>Indique quando o programa termina: uma data de fim ou um número de sessões.</translation>
    </message>
    <message>
        <source>For &apos;the Nth weekday of the month&apos; choose week 1, 2, 3, 4 or last (-1).</source>
        <translation>Para «o N.º dia da semana do mês» escolha a semana 1, 2, 3, 4 ou a última (-1).</translation>
    </message>
    <message>
        <source>The RRULE %1 is not valid: %2.</source>
        <translation>A RRULE %1 não é válida: %2.</translation>
    </message>
    <message>
        <source>This schedule has no sessions: every date it makes is excluded.</source>
        <translation>Este calendário não tem sessões: todas as datas que cria estão excluídas.</translation>
    </message>
    <message>
        <source>The RRULE&apos;s UNTIL (%1) is before the start (%2), so it makes no sessions.</source>
        <translation>O UNTIL da RRULE (%1) é anterior ao início (%2), por isso não cria sessões.</translation>
    </message>
    <message>
        <source>The RRULE %1 matches no date from the start on, so it makes no sessions.</source>
        <translation>A RRULE %1 não corresponde a nenhuma data a partir do início, por isso não cria sessões.</translation>
    </message>
    <message>
        <source>This schedule makes no sessions between its start and its end.</source>
        <translation>Este calendário não cria sessões entre o seu início e o seu fim.</translation>
    </message>
    <message>
        <source>This schedule puts more than one session on %1; programmes have at most one session a day.</source>
        <translation>Este calendário põe mais de uma sessão em %1; os programas têm no máximo uma sessão por dia.</translation>
    </message>
    <message>
        <source>This RRULE never ends or makes more than %1 sessions; add UNTIL or COUNT.</source>
        <translation>Esta RRULE nunca termina ou cria mais de %1 sessões; acrescente UNTIL ou COUNT.</translation>
    </message>
    <message>
        <source>This schedule would make more than %1 sessions; choose an earlier end.</source>
        <translation>Este calendário criaria mais de %1 sessões; escolha um fim mais cedo.</translation>
    </message>
    <message>
        <source>The last session&apos;s date %1 is outside the years %2-%3.</source>
        <translation>A data da última sessão %1 está fora dos anos %2-%3.</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Uma sessão dura entre 1 minuto e 24 horas.</translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation>janeiro</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation>fevereiro</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation>março</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>maio</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation>junho</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation>julho</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation>setembro</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation>outubro</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation>novembro</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation>dezembro</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sessão de %1</translation>
    </message>
    <message>
        <source>Final report %1</source>
        <translation>Relatório final %1</translation>
    </message>
    <message>
        <source>Day of %1</source>
        <translation>Dia de %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Semana %1 de %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) workbook; save it as .xlsx or CSV and import that.</source>
        <translation>Este é um livro do Excel antigo (.xls); guarde-o como .xlsx ou CSV e importe esse.</translation>
    </message>
    <message>
        <source>The file is not a roster: it is neither CSV text nor an XLSX workbook; save the roster as CSV or XLSX and import that.</source>
        <translation>O ficheiro não é uma lista de participantes: não é texto CSV nem um livro XLSX; guarde a lista como CSV ou XLSX e importe esse.</translation>
    </message>
    <message>
        <source>Line %1: the file cannot be read as CSV (%2).</source>
        <translation>Linha %1: não é possível ler o ficheiro como CSV (%2).</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook (%1).</source>
        <translation>O ficheiro não é um livro XLSX legível (%1).</translation>
    </message>
    <message>
        <source>a roster file (.csv or .xlsx)</source>
        <translation>um ficheiro de lista (.csv ou .xlsx)</translation>
    </message>
    <message>
        <source>%1 is larger than 200 MB; split it.</source>
        <translation>%1 tem mais de 200 MB; divida-o.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Não é possível ler o ficheiro (%1).</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, more than a roster can have; split it into smaller files.</source>
        <translation>O ficheiro tem mais de %1 linhas, mais do que uma lista pode ter; divida-o em ficheiros mais pequenos.</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook (it may be damaged).</source>
        <translation>O ficheiro não é um livro XLSX legível (pode estar danificado).</translation>
    </message>
    <message>
        <source>This workbook unpacks to %1 MB, far more than a roster needs (it may be damaged or made to overload the app); save the roster alone as a new workbook or as CSV and import that.</source>
        <translation>Este livro descompacta para %1 MB, muito mais do que uma lista precisa (pode estar danificado ou feito para sobrecarregar a aplicação); guarde só a lista num livro novo ou em CSV e importe esse.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>primeiro nome</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nome de família</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nome do grupo</translation>
    </message>
    <message>
        <source>date of birth %1 is not a day of the calendar (check the day and the month)</source>
        <translation>a data de nascimento %1 não é um dia do calendário (verifique o dia e o mês)</translation>
    </message>
    <message>
        <source>date of birth %1 is not a date; write it like 1990-02-28 or 28/02/1990</source>
        <translation>a data de nascimento %1 não é uma data; escreva-a como 1990-02-28 ou 28/02/1990</translation>
    </message>
    <message>
        <source>date of birth %1 is in the future</source>
        <translation>a data de nascimento %1 está no futuro</translation>
    </message>
    <message>
        <source>date of birth %1 is before 1900</source>
        <translation>a data de nascimento %1 é anterior a 1900</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contém caracteres de controlo</translation>
    </message>
    <message>
        <source>%1 %2 is a number or a date, not a name (is the right column chosen as the name?)</source>
        <translation>%1 %2 é um número ou uma data, não um nome (está escolhida a coluna certa como nome?)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>o nome tem mais de %1 caracteres</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 tem mais de %2 caracteres</translation>
    </message>
    <message>
        <source>phone %1 is not a phone number</source>
        <translation>o telefone %1 não é um número de telefone</translation>
    </message>
    <message>
        <source>email %1 has no @</source>
        <translation>o e-mail %1 não tem @</translation>
    </message>
    <message>
        <source>The file has no header row (it is empty).</source>
        <translation>O ficheiro não tem linha de cabeçalho (está vazio).</translation>
    </message>
    <message>
        <source>No name column found. Name a column &apos;Name&apos; (or &apos;First name&apos; and &apos;Last name&apos;); the columns are: %1.</source>
        <translation>Nenhuma coluna de nome encontrada. Chame a uma coluna &apos;Name&apos; (ou &apos;First name&apos; e &apos;Last name&apos;); as colunas são: %1.</translation>
    </message>
    <message>
        <source>has more values than the header has columns (%1 named); is there a separator inside a value? Put that value in quotes</source>
        <translation>tem mais valores do que as colunas do cabeçalho (%1 com nome); há um separador dentro de um valor? Ponha esse valor entre aspas</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same ID %2)</source>
        <translation>duplicado da linha %1 (mesmo ID %2)</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same name and date of birth)</source>
        <translation>duplicado da linha %1 (mesmo nome e data de nascimento)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>The %1 %2 is outside the years %3.</source>
        <translation>A %1 %2 está fora dos anos %3.</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>data e hora</translation>
    </message>
    <message>
        <source>The %1 %2 has no time zone.</source>
        <translation>A %1 %2 não tem fuso horário.</translation>
    </message>
    <message>
        <source>The %1 %2 is not a date (YYYY-MM-DD).</source>
        <translation>A %1 %2 não é uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The %1 %2 is not an ISO-8601 date and time.</source>
        <translation>A %1 %2 não é uma data e hora ISO-8601.</translation>
    </message>
    <message>
        <source>The weekdays %1 are not day numbers 0 (Monday) to 6 (Sunday) joined by commas.</source>
        <translation>Os dias da semana %1 não são números de dia de 0 (segunda-feira) a 6 (domingo) separados por vírgulas.</translation>
    </message>
    <message>
        <source>The start time %1 is not a time in the form HH:MM (00:00-23:59).</source>
        <translation>A hora de início %1 não é uma hora no formato HH:MM (00:00-23:59).</translation>
    </message>
    <message>
        <source>In the RRULE, %1 is not a NAME=VALUE part; write it like FREQ=WEEKLY;BYDAY=MO,TH.</source>
        <translation>Na RRULE, %1 não é uma parte NOME=VALOR; escreva-a como FREQ=WEEKLY;BYDAY=MO,TH.</translation>
    </message>
    <message>
        <source>The RRULE gives %1 twice; keep one.</source>
        <translation>A RRULE indica %1 duas vezes; mantenha um.</translation>
    </message>
    <message>
        <source>The RRULE %1 has no FREQ; start it with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, e.g. FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>A RRULE %1 não tem FREQ; comece-a com FREQ=DAILY, WEEKLY, MONTHLY ou YEARLY, ex.: FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>In the RRULE, FREQ=%1 is not a frequency; use DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation>Na RRULE, FREQ=%1 não é uma frequência; use DAILY, WEEKLY, MONTHLY ou YEARLY.</translation>
    </message>
    <message>
        <source>The RRULE has both COUNT and UNTIL; keep one: COUNT (how many sessions) or UNTIL (the last date).</source>
        <translation>A RRULE tem COUNT e UNTIL; mantenha um: COUNT (quantas sessões) ou UNTIL (a última data).</translation>
    </message>
    <message>
        <source>In the RRULE, COUNT=0 makes no sessions; COUNT is the number of sessions, 1 or more.</source>
        <translation>Na RRULE, COUNT=0 não cria sessões; COUNT é o número de sessões, 1 ou mais.</translation>
    </message>
    <message>
        <source>In the RRULE, INTERVAL=0 is not a step; INTERVAL is 1 or more (1: every week, 2: every other one).</source>
        <translation>Na RRULE, INTERVAL=0 não é um passo; INTERVAL é 1 ou mais (1: todas as semanas, 2: semana sim, semana não).</translation>
    </message>
    <message>
        <source>In the RRULE, %1=%2 is not a whole number.</source>
        <translation>Na RRULE, %1=%2 não é um número inteiro.</translation>
    </message>
    <message>
        <source>In the RRULE, BYDAY %1 is not a weekday; use MO, TU, WE, TH, FR, SA or SU, e.g. BYDAY=MO,TH.</source>
        <translation>Na RRULE, BYDAY %1 não é um dia da semana; use MO, TU, WE, TH, FR, SA ou SU, ex.: BYDAY=MO,TH.</translation>
    </message>
    <message>
        <source>The RRULE %1 is not valid (%2).</source>
        <translation>A RRULE %1 não é válida (%2).</translation>
    </message>
    <message>
        <source>The week of the month %1 is not 1, 2, 3, 4 or -1 (the last).</source>
        <translation>A semana do mês %1 não é 1, 2, 3, 4 nem -1 (a última).</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of %2.</source>
        <translation>%1 é uma pasta; indique o caminho de %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); give the path of %2.</source>
        <translation>%1 não é um ficheiro normal (um dispositivo, pipe ou socket); indique o caminho de %2.</translation>
    </message>
    <message>
        <source>it does not begin as a data file does</source>
        <translation>não começa como um ficheiro de dados</translation>
    </message>
    <message>
        <source>the check of its contents found 1 damaged place</source>
        <translation>a verificação do conteúdo encontrou 1 parte danificada</translation>
    </message>
    <message>
        <source>the check of its contents found %1 damaged places</source>
        <translation>a verificação do conteúdo encontrou %1 partes danificadas</translation>
    </message>
    <message>
        <source>parts of it cannot be read</source>
        <translation>há partes que não podem ser lidas</translation>
    </message>
    <message>
        <source>The newest backup is %1; `fieldsessions restore --db %2` puts it back (the damaged file is kept beside it).</source>
        <translation>A cópia de segurança mais recente é %1; `fieldsessions restore --db %2` repõe-na (o ficheiro danificado é guardado ao lado).</translation>
    </message>
    <message>
        <source>No backup of it was found in %1.</source>
        <translation>Nenhuma cópia de segurança encontrada em %1.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2).</source>
        <translation>O ficheiro de dados %1 está danificado (%2).</translation>
    </message>
    <message>
        <source>a ZIP file or an office document</source>
        <translation>um ficheiro ZIP ou um documento do Office</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>um documento do Office</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>um PDF</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>uma imagem</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>uma folha de cálculo</translation>
    </message>
    <message>
        <source>a data file, such as %1</source>
        <translation>um ficheiro de dados, como %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nada foi escrito.</translation>
    </message>
    <message>
        <source>%1 is not a fieldsessions data file (it looks like %2); nothing was written to it. Give --db the path of a data file (.sqlite); to bring in a roster use `fieldsessions import-roster FILE`.</source>
        <translation>%1 não é um ficheiro de dados do fieldsessions (parece ser %2); nada foi escrito nele. Indique em --db o caminho de um ficheiro de dados (.sqlite); para trazer uma lista de participantes use `fieldsessions import-roster ARQUIVO`.</translation>
    </message>
    <message>
        <source>%1 is a text file (such as a CSV), not a fieldsessions data file; nothing was written to it. To bring in a roster use `fieldsessions import-roster FILE`; give --db the path of a data file (.sqlite).</source>
        <translation>%1 é um ficheiro de texto (como um CSV), não um ficheiro de dados do fieldsessions; nada foi escrito nele. Para trazer uma lista de participantes use `fieldsessions import-roster ARQUIVO`; indique em --db o caminho de um ficheiro de dados (.sqlite).</translation>
    </message>
    <message>
        <source>You may not read and write the data file %1 (its permissions); it is not damaged. Ask whoever owns it to let you write it, or copy it somewhere you may.</source>
        <translation>Não tem permissão para ler e escrever o ficheiro de dados %1; o ficheiro não está danificado. Peça ao dono que lhe dê permissão de escrita, ou copie-o para um sítio onde possa escrever.</translation>
    </message>
    <message>
        <source>You may not write in the folder %1 (its permissions), and the data file needs to write beside itself; the file is not damaged. Use a folder you may write in.</source>
        <translation>Não tem permissão para escrever na pasta %1, e o ficheiro de dados precisa de escrever ao seu lado; o ficheiro não está danificado. Use uma pasta onde possa escrever.</translation>
    </message>
    <message>
        <source>The data file is busy: another fieldsessions window or program is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>O ficheiro de dados está ocupado: outra janela do fieldsessions ou outro programa está a escrever nele. Tente de novo daqui a pouco; nada foi alterado.</translation>
    </message>
    <message>
        <source>The disk is full or failing; free some space and try again. Nothing was changed.</source>
        <translation>O disco está cheio ou com falhas; liberte algum espaço e tente de novo. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The data file is read-only; you cannot save changes to it here.</source>
        <translation>O ficheiro de dados é só de leitura; não é possível guardar alterações nele aqui.</translation>
    </message>
    <message>
        <source>The data file cannot be opened: check that its folder exists and that you may write there.</source>
        <translation>Não é possível abrir o ficheiro de dados: verifique se a pasta existe e se pode escrever nela.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a data file, such as %2.</source>
        <translation>%1 é uma pasta; indique o caminho de um ficheiro de dados, como %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of fieldsessions (schema %2; this version understands up to %3). Update fieldsessions to open it; the file was not changed.</source>
        <translation>O ficheiro de dados %1 foi escrito por uma versão mais recente do fieldsessions (esquema %2; esta versão só entende até %3). Atualize o fieldsessions para o abrir; o ficheiro não foi alterado.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite file but not a fieldsessions data file.</source>
        <translation>O ficheiro %1 é um ficheiro SQLite, mas não um ficheiro de dados do fieldsessions.</translation>
    </message>
    <message>
        <source>No backup of %1 was found in %2.</source>
        <translation>Nenhuma cópia de segurança de %1 encontrada em %2.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Não existe a cópia de segurança %1.</translation>
    </message>
    <message>
        <source>%1 is the data file itself, not a backup of it; give a file from %2. Nothing was changed.</source>
        <translation>%1 é o próprio ficheiro de dados, não uma cópia de segurança dele; indique um ficheiro de %2. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: it is not a fieldsessions data file. Nothing was changed.</source>
        <translation>Não é possível usar a cópia de segurança %1: não é um ficheiro de dados do fieldsessions. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: it fails its check (damaged, or from a newer version). Nothing was changed.</source>
        <translation>Não é possível usar a cópia de segurança %1: falha a verificação (danificada, ou de uma versão mais recente). Nada foi alterado.</translation>
    </message>
    <message>
        <source>the disk is full or failing</source>
        <translation>o disco está cheio ou com falhas</translation>
    </message>
    <message>
        <source>%1 was not restored: the backup could not be copied beside it (%2); nothing was changed.</source>
        <translation>%1 não foi restaurado: não foi possível copiar a cópia de segurança para junto dele (%2); nada foi alterado.</translation>
    </message>
    <message>
        <source>Reading paper sheets needs the optional &apos;paper&apos; part (OpenCV and zxing-cpp, about 70 MB), which is not installed here: install it with pip install &apos;fieldsessions[paper]&apos;.</source>
        <translation>Ler folhas em papel precisa da parte opcional &apos;paper&apos; (OpenCV e zxing-cpp, cerca de 70 MB), que não está instalada aqui: instale-a com pip install &apos;fieldsessions[paper]&apos;.</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>Não é possível ler %1: esse ficheiro não existe.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a PDF file, or it is damaged.</source>
        <translation>Não é possível ler %1: não é um ficheiro PDF, ou está danificado.</translation>
    </message>
    <message>
        <source>%1 page %2</source>
        <translation>%1 página %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a PDF or a PNG, JPEG or TIFF image, or it is damaged.</source>
        <translation>Não é possível ler %1: não é um PDF nem uma imagem PNG, JPEG ou TIFF, ou está danificado.</translation>
    </message>
    <message>
        <source>%1 could not be read as a page image (its format or size is unusual); scan or photograph it again.</source>
        <translation>Não foi possível ler %1 como imagem de página (o formato ou o tamanho é invulgar); digitalize-a ou fotografe-a de novo.</translation>
    </message>
    <message>
        <source>%1 is blank.</source>
        <translation>%1 está em branco.</translation>
    </message>
    <message>
        <source>%1 has no readable sheet code: the image is too blurred, too dark or cut off, or it is not an attendance sheet printed by fieldsessions.</source>
        <translation>%1 não tem código de folha legível: a imagem está demasiado desfocada, escura ou cortada, ou não é uma folha de presença impressa pelo fieldsessions.</translation>
    </message>
    <message>
        <source>%1 shows more than one sheet page; photograph or scan one page at a time.</source>
        <translation>%1 mostra mais de uma página de folha; fotografe ou digitalize uma página de cada vez.</translation>
    </message>
    <message>
        <source>%1 was printed with an older tick-off layout (version %2), which this version of fieldsessions no longer reads: print a new tick-off template for the session.</source>
        <translation>%1 foi impressa com um formato de ficha de verificação antigo (versão %2), que esta versão do fieldsessions já não lê: imprima uma nova ficha de verificação para a sessão.</translation>
    </message>
    <message>
        <source>%1 was printed with an older sheet layout (version %2), which this version of fieldsessions no longer reads: print a new attendance sheet for the session.</source>
        <translation>%1 foi impressa com um formato de folha antigo (versão %2), que esta versão do fieldsessions já não lê: imprima uma nova folha de presença para a sessão.</translation>
    </message>
    <message>
        <source>%1 was printed by a newer version of fieldsessions: update this one to read it.</source>
        <translation>%1 foi impressa por uma versão mais recente do fieldsessions: atualize esta para a ler.</translation>
    </message>
    <message>
        <source>%1: none of the 4 corner marks could be found (the corners cut off, folded or covered, or the image too blurred); scan or photograph it again with the whole page in view.</source>
        <translation>%1: nenhuma das 4 marcas dos cantos foi encontrada (cantos cortados, dobrados ou tapados, ou imagem demasiado desfocada); digitalize ou fotografe de novo com a página inteira à vista.</translation>
    </message>
    <message>
        <source>%1: 1 of the 4 corner marks could not be found (a corner cut off, folded or covered, or the image too blurred); scan or photograph it again with the whole page in view.</source>
        <translation>%1: 1 das 4 marcas dos cantos não foi encontrada (um canto cortado, dobrado ou tapado, ou imagem demasiado desfocada); digitalize ou fotografe de novo com a página inteira à vista.</translation>
    </message>
    <message>
        <source>%1: %2 of the 4 corner marks could not be found (a corner cut off, folded or covered, or the image too blurred); scan or photograph it again with the whole page in view.</source>
        <translation>%1: não foi possível encontrar %2 das 4 marcas dos cantos (um canto cortado, dobrado ou tapado, ou a imagem demasiado desfocada); digitalize-a ou fotografe-a de novo com a página inteira à vista.</translation>
    </message>
    <message>
        <source>%1: the corner marks do not make a page shape; scan or photograph it again.</source>
        <translation>%1: as marcas dos cantos não formam uma página; digitalize-a ou fotografe-a de novo.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>late</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>justificado</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>not clear enough</source>
        <translation>pouco nítido</translation>
    </message>
    <message>
        <source>a faint mark</source>
        <translation>uma marca ténue</translation>
    </message>
    <message>
        <source>ink around the %1 box, and %2 marked</source>
        <translation>tinta à volta da caixa %1, e %2 marcada</translation>
    </message>
    <message>
        <source>ink around the %1 box, none marked inside it</source>
        <translation>tinta à volta da caixa %1, nenhuma marcada dentro</translation>
    </message>
    <message>
        <source>%1 not clearly marked</source>
        <translation>%1 não marcado com clareza</translation>
    </message>
    <message>
        <source>%1 and %2 both marked</source>
        <translation>%1 e %2 marcados ao mesmo tempo</translation>
    </message>
    <message>
        <source>%1 and %2 all marked</source>
        <translation>%1 e %2 marcados ao mesmo tempo</translation>
    </message>
    <message>
        <source>%1 marked, a trace in %2</source>
        <translation>%1 marcado, um traço em %2</translation>
    </message>
    <message>
        <source>a faint mark in %1</source>
        <translation>uma marca ténue em %1</translation>
    </message>
    <message>
        <source>%1 is a session document of a layout that cannot be read back (a sheet to sign, a sheet printed with the marks filled in, or one printed before sheets could be read back). Only the attendance sheet with a tick box per status (not filled) and the tick-off template are read back: print one of those for the session.</source>
        <translation>%1 é um documento de sessão com um formato que não pode ser lido de volta (uma folha para assinar, uma folha impressa com as marcações preenchidas ou impressa antes de as folhas poderem ser lidas). Só são lidas a folha de presença com uma caixa por estado (não preenchida) e a ficha de verificação: imprima uma delas para a sessão.</translation>
    </message>
    <message>
        <source>the box outlines are not where they should be</source>
        <translation>os contornos das caixas não estão onde deviam</translation>
    </message>
    <message>
        <source>%1 is too blurred or too warped to read its boxes; scan it, or photograph it flat and in focus.</source>
        <translation>%1 está demasiado desfocada ou deformada para ler as caixas; digitalize-a, ou fotografe-a plana e focada.</translation>
    </message>
    <message>
        <source>The image of %1 could not be encoded.</source>
        <translation>Não foi possível codificar a imagem de %1.</translation>
    </message>
    <message>
        <source>%1 is not an attendance status; use present, late, excused or absent.</source>
        <translation>%1 não é um estado de presença; use present, late, excused ou absent.</translation>
    </message>
    <message>
        <source>No participant %1.</source>
        <translation>Nenhum participante %1.</translation>
    </message>
    <message>
        <source>A partial duration is between 0 and 1440 minutes.</source>
        <translation>Uma duração parcial está entre 0 e 1440 minutos.</translation>
    </message>
    <message>
        <source>Minutes attended go with present or late; someone marked excused attended no minutes (leave the minutes out).</source>
        <translation>Os minutos de presença só se aplicam a presente ou atrasado; alguém marcado justificado não teve minutos de presença (omita os minutos).</translation>
    </message>
    <message>
        <source>Minutes attended go with present or late; someone marked absent attended no minutes (leave the minutes out).</source>
        <translation>Os minutos de presença só se aplicam a presente ou atrasado; alguém marcado ausente não teve minutos de presença (omita os minutos).</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (e mais %2)</translation>
    </message>
    <message>
        <source>%1 is on the waiting list of %2, not booked, so they are not on this session&apos;s roll: they get a place when one frees up; or add them as a walk-in.</source>
        <translation>%1 está na lista de espera de %2, não inscrito(a), por isso não está na chamada desta sessão: terá uma vaga quando uma ficar livre; ou adicione-o(a) como não inscrito.</translation>
    </message>
    <message>
        <source>%1 has a cancelled booking in %2, so they are not on this session&apos;s roll: enrol them again, or add them as a walk-in.</source>
        <translation>%1 tem uma inscrição cancelada em %2, por isso não está na chamada desta sessão: inscreva-o(a) de novo, ou adicione-o(a) como não inscrito.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in %2, so they are not on this session&apos;s roll: enrol them, or add them as a walk-in.</source>
        <translation>%1 não está inscrito(a) em %2, por isso não está na chamada desta sessão: inscreva-o(a), ou adicione-o(a) como não inscrito.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>O último dia vem antes do primeiro dia.</translation>
    </message>
    <message>
        <source>Print at most %1 days of sheets at a time.</source>
        <translation>Imprima no máximo %1 dias de folhas de cada vez.</translation>
    </message>
    <message>
        <source>%1 sessions are in these dates; print at most %2 sheets at a time (choose fewer days or one programme).</source>
        <translation>Há %1 sessões nestas datas; imprima no máximo %2 folhas de cada vez (escolha menos dias ou um só programa).</translation>
    </message>
    <message>
        <source>There is no session in these dates, so there is no sheet to print.</source>
        <translation>Não há nenhuma sessão nestas datas, por isso não há folha para imprimir.</translation>
    </message>
    <message>
        <source>Attendance sheets, %1 to %2</source>
        <translation>Folhas de presença, %1 a %2</translation>
    </message>
    <message>
        <source>More than one programme is called %1; use its id.</source>
        <translation>Há mais de um programa chamado %1; use o seu id.</translation>
    </message>
    <message>
        <source>No programme %1. See `fieldsessions programme list`.</source>
        <translation>Nenhum programa %1. Veja `fieldsessions programme list`.</translation>
    </message>
    <message>
        <source>The code %1 fits more than one session; give the session&apos;s full id (see `fieldsessions sessions list`).</source>
        <translation>O código %1 corresponde a mais de uma sessão; indique o id completo da sessão (ver `fieldsessions sessions list`).</translation>
    </message>
    <message>
        <source>No session %1. See `fieldsessions sessions list`.</source>
        <translation>Nenhuma sessão %1. Veja `fieldsessions sessions list`.</translation>
    </message>
    <message>
        <source>Nobody with the ID %1 is enrolled in %2 (people in other programmes have it); give the participant&apos;s id from `fieldsessions participants list`.</source>
        <translation>Ninguém com o ID %1 está inscrito em %2 (há pessoas noutros programas com ele); indique o id do participante de `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>%1 participants have the ID %2 in %3; give the participant&apos;s id from `fieldsessions participants list`.</source>
        <translation>%1 participantes têm o ID %2 em %3; indique o id do participante de `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>%1 participants have the ID %2; give the participant&apos;s id from `fieldsessions participants list`.</source>
        <translation>%1 participantes têm o ID %2; indique o id do participante de `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>No participant %1. See `fieldsessions participants list`.</source>
        <translation>Nenhum participante %1. Veja `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>No programme %1.</source>
        <translation>Nenhum programa %1.</translation>
    </message>
    <message>
        <source>%1 has not completed %2 yet, so there is no certificate to issue.</source>
        <translation>%1 ainda não concluiu %2, por isso não há certificado a emitir.</translation>
    </message>
    <message>
        <source>The completion of %1 by %2 expired on %3; no certificate can be issued for it.</source>
        <translation>A conclusão de %1 por %2 expirou em %3; não é possível emitir certificado para ela.</translation>
    </message>
    <message>
        <source>More than one pathway is called %1; use its id.</source>
        <translation>Há mais de um percurso chamado %1; use o seu id.</translation>
    </message>
    <message>
        <source>No pathway %1.</source>
        <translation>Nenhum percurso %1.</translation>
    </message>
    <message>
        <source>A pathway needs a name.</source>
        <translation>Um percurso precisa de um nome.</translation>
    </message>
    <message>
        <source>A pathway needs at least one programme.</source>
        <translation>Um percurso precisa de pelo menos um programa.</translation>
    </message>
    <message>
        <source>%1 is named twice in the pathway.</source>
        <translation>%1 aparece duas vezes no percurso.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in %2.</source>
        <translation>%1 não está inscrito(a) em %2.</translation>
    </message>
    <message>
        <source>The data file already has programmes; demo data goes into an empty file (use --db with a new file name).</source>
        <translation>O ficheiro de dados já tem programas; os dados de demonstração vão para um ficheiro vazio (use --db com um nome de ficheiro novo).</translation>
    </message>
    <message>
        <source>%1 has already used %2 in %3; the budget cannot be less than that.</source>
        <translation>%1 já usou %2 em %3; o orçamento não pode ser inferior a isso.</translation>
    </message>
    <message>
        <source>This participant</source>
        <translation>Este participante</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>already registered as %1 (ID %2), same ID; not added again</source>
        <translation>já registado(a) como %1 (ID %2), mesmo ID; não adicionado(a) de novo</translation>
    </message>
    <message>
        <source>already registered as %1, same ID; not added again</source>
        <translation>já registado(a) como %1, mesmo ID; não adicionado(a) de novo</translation>
    </message>
    <message>
        <source>already registered as %1 (ID %2), same name and date of birth; not added again</source>
        <translation>já registado(a) como %1 (ID %2), mesmo nome e data de nascimento; não adicionado(a) de novo</translation>
    </message>
    <message>
        <source>already registered as %1, same name and date of birth; not added again</source>
        <translation>já registado(a) como %1, mesmo nome e data de nascimento; não adicionado(a) de novo</translation>
    </message>
    <message>
        <source>An outcome needs a title.</source>
        <translation>Um resultado precisa de um título.</translation>
    </message>
    <message>
        <source>An outcome title is at most %1 characters.</source>
        <translation>O título de um resultado tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>This session already has the outcome %1.</source>
        <translation>Esta sessão já tem o resultado %1.</translation>
    </message>
    <message>
        <source>No outcome %1 in this session&apos;s programme.</source>
        <translation>Nenhum resultado %1 no programa desta sessão.</translation>
    </message>
    <message>
        <source>The outcome %1 is not on this session&apos;s list.</source>
        <translation>O resultado %1 não está na lista desta sessão.</translation>
    </message>
    <message>
        <source>%1 is not on this session&apos;s roll.</source>
        <translation>%1 não está na chamada desta sessão.</translation>
    </message>
    <message>
        <source>%1 is the sheet of session %2, which is not on this laptop: sync first, or read it on the laptop it was printed from.</source>
        <translation>%1 é a folha da sessão %2, que não está neste computador: sincronize primeiro, ou leia-a no computador onde foi impressa.</translation>
    </message>
    <message>
        <source>The people on %1 are no longer together on the session&apos;s roll as they were printed (someone among them was removed or added, or renamed), so its rows cannot be matched safely: type these marks in, or print a new sheet.</source>
        <translation>As pessoas em %1 já não estão juntas na chamada da sessão tal como foram impressas (alguém entre elas foi retirado, adicionado ou mudou de nome), por isso as linhas não podem ser associadas com segurança: introduza estas marcações à mão, ou imprima uma folha nova.</translation>
    </message>
    <message>
        <source>The outcome list of the session has changed since %1 was printed (an outcome added, dropped or moved), so its columns cannot be matched safely: tick these outcomes on the Outcomes tab, or print a new tick-off template.</source>
        <translation>A lista de resultados da sessão mudou desde que %1 foi impressa (um resultado adicionado, retirado ou movido), por isso as colunas não podem ser associadas com segurança: marque estes resultados no separador Resultados, ou imprima uma nova ficha de verificação.</translation>
    </message>
    <message>
        <source>The people on %1 are no longer together on the session&apos;s roll as they were printed (someone among them was removed or added, or renamed), so its rows cannot be matched safely: type these ticks in, or print a new template.</source>
        <translation>As pessoas em %1 já não estão juntas na chamada da sessão tal como foram impressas (alguém entre elas foi retirado, adicionado ou mudou de nome), por isso as linhas não podem ser associadas com segurança: introduza estas verificações à mão, ou imprima uma ficha nova.</translation>
    </message>
    <message>
        <source>paper sheet, page %1</source>
        <translation>folha em papel, página %1</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Um participante precisa de um nome.</translation>
    </message>
    <message>
        <source>A name is at most 200 characters.</source>
        <translation>Um nome tem no máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>data de nascimento</translation>
    </message>
    <message>
        <source>%1 is already registered with ID %2; not added twice.</source>
        <translation>%1 já está registado(a) com o ID %2; não é adicionado(a) duas vezes.</translation>
    </message>
    <message>
        <source>%1 is already registered; not added twice.</source>
        <translation>%1 já está registado(a); não é adicionado(a) duas vezes.</translation>
    </message>
    <message>
        <source>Another participant (%1) has the same ID or name and date of birth.</source>
        <translation>Outro participante (%1) tem o mesmo ID ou o mesmo nome e data de nascimento.</translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation>Um não inscrito precisa de um nome.</translation>
    </message>
    <message>
        <source>any one of: %1</source>
        <translation>qualquer um de: %1</translation>
    </message>
    <message>
        <source>A programme called %1 already exists; give this one another name (for example with its place or year).</source>
        <translation>Já existe um programa chamado %1; dê outro nome a este (por exemplo com o local ou o ano).</translation>
    </message>
    <message>
        <source>once-off</source>
        <translation>uma só vez</translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>semanal (%1)</translation>
    </message>
    <message>
        <source>weekly</source>
        <comment>schedule</comment>
        <translation>semanal</translation>
    </message>
    <message>
        <source>every two weeks on %1</source>
        <translation>de duas em duas semanas (%1)</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>de duas em duas semanas</translation>
    </message>
    <message>
        <source>custom (%1)</source>
        <translation>personalizado (%1)</translation>
    </message>
    <message>
        <source>daily</source>
        <comment>schedule</comment>
        <translation>diário</translation>
    </message>
    <message>
        <source>monthly</source>
        <comment>schedule</comment>
        <translation>mensal</translation>
    </message>
    <message>
        <source>quarterly</source>
        <comment>schedule</comment>
        <translation>trimestral</translation>
    </message>
    <message>
        <source>No session %1.</source>
        <translation>Nenhuma sessão %1.</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Sessão %1 de %2</translation>
    </message>
    <message>
        <source>%1 is not an hours period; use month, week or programme.</source>
        <translation>%1 não é um período de horas; use month, week ou programme.</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Programa inteiro</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>Intervalo inteiro</translation>
    </message>
    <message>
        <source>%1 is not one of the topics of %2: %3.</source>
        <translation>%1 não é um dos temas de %2: %3.</translation>
    </message>
    <message>
        <source>Give a reason why the session did not happen.</source>
        <translation>Indique o motivo por que a sessão não aconteceu.</translation>
    </message>
    <message>
        <source>Notes are at most %1 characters.</source>
        <translation>As notas têm no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>This session was cancelled; reinstate it before reporting on it.</source>
        <translation>Esta sessão foi cancelada; restabeleça-a antes de fazer o relatório.</translation>
    </message>
    <message>
        <source>A session can be reported on once it has started.</source>
        <translation>Só se pode fazer o relatório de uma sessão depois de ela começar.</translation>
    </message>
    <message>
        <source>%1 reports on every session: write the session reports instead.</source>
        <translation>%1 faz relatório de cada sessão: escreva antes os relatórios das sessões.</translation>
    </message>
    <message>
        <source>%1 is not a report period of %2.</source>
        <translation>%1 não é um período de relatório de %2.</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5 and %6 more; save anyway to double-book.</source>
        <translation>%1 já está ocupado(a) com %2 no dia %3, %4-%5, e mais %6; guarde mesmo assim para aceitar o conflito de horário.</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5; save anyway to double-book.</source>
        <translation>%1 já está ocupado(a) com %2 no dia %3, %4-%5; guarde mesmo assim para aceitar o conflito de horário.</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5 and %6 more</source>
        <translation>%1 já está ocupado(a) com %2 no dia %3, %4-%5, e mais %6</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5</source>
        <translation>%1 já está ocupado(a) com %2 no dia %3, %4-%5</translation>
    </message>
    <message>
        <source>Give a reason why the session was cancelled.</source>
        <translation>Indique o motivo por que a sessão foi cancelada.</translation>
    </message>
    <message>
        <source>This session has not started yet; cancel it instead of recording that it did not happen.</source>
        <translation>Esta sessão ainda não começou; cancele-a em vez de registar que não aconteceu.</translation>
    </message>
    <message>
        <source>This session was cancelled; reinstate it first.</source>
        <translation>Esta sessão foi cancelada; restabeleça-a primeiro.</translation>
    </message>
    <message>
        <source>The session of %1 has outcome ticks, so it cannot be deleted; cancel it instead.</source>
        <translation>A sessão de %1 tem verificações de resultados, por isso não pode ser apagada; cancele-a.</translation>
    </message>
    <message>
        <source>The session of %1 has a written report, so it cannot be deleted; cancel it instead.</source>
        <translation>A sessão de %1 tem um relatório escrito, por isso não pode ser apagada; cancele-a.</translation>
    </message>
    <message>
        <source>session date</source>
        <translation>data da sessão</translation>
    </message>
    <message>
        <source>%1 already has a session on %2 (%3-%4), and a programme has one session a day; cancel or move that session before reinstating this one.</source>
        <translation>%1 já tem uma sessão em %2 (%3-%4), e um programa tem uma sessão por dia; cancele ou mude essa sessão antes de restabelecer esta.</translation>
    </message>
    <message>
        <source>%1 already has a session on %2 (%3-%4), and a programme has one session a day; change that session&apos;s time instead.</source>
        <translation>%1 já tem uma sessão em %2 (%3-%4), e um programa tem uma sessão por dia; altere antes a hora dessa sessão.</translation>
    </message>
    <message>
        <source>The facilitator name is at most %1 characters.</source>
        <translation>O nome do facilitador tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Type your name: it is printed on attendance sheets and session reports.</source>
        <translation>Escreva o seu nome: é impresso nas folhas de presença e nos relatórios de sessão.</translation>
    </message>
    <message>
        <source>The device name is at most %1 characters.</source>
        <translation>O nome do computador tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 is not a summary period; use week, month or programme.</source>
        <translation>%1 não é um período de resumo; use week, month ou programme.</translation>
    </message>
    <message>
        <source>Budget</source>
        <comment>hours</comment>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Remaining</source>
        <comment>hours</comment>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Beyond budget</source>
        <translation>Acima do orçamento</translation>
    </message>
    <message>
        <source>(not named)</source>
        <comment>facilitator</comment>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sessões realizadas</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Horas dadas</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>No session was held.</source>
        <translation>Nenhuma sessão foi realizada.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Nobody attended.</source>
        <translation>Ninguém esteve presente.</translation>
    </message>
    <message>
        <source>%1; there are no hours to report.</source>
        <translation>%1; não há horas a relatar.</translation>
    </message>
    <message>
        <source>Facilitators: the length of each held session (not cancelled, someone marked in it; a session with nobody marked is not counted until its roll is taken). Participants: present or late in a session that was not cancelled, for its length or the minutes recorded for a partial attendance, charged to their budget in date order; hours to date count everything up to the end of the period, even before the report&apos;s first date; time the budget could not cover is shown as beyond budget.</source>
        <translation>Facilitadores: a duração de cada sessão realizada (não cancelada, com alguém marcado; uma sessão sem ninguém marcado não é contada até a chamada ser feita). Participantes: presente ou atrasado numa sessão não cancelada, pela sua duração ou pelos minutos registados numa presença parcial, descontados do seu orçamento por ordem de data; as horas até à data contam tudo até ao fim do período, mesmo antes da primeira data do relatório; o tempo que o orçamento não cobriu aparece como acima do orçamento.</translation>
    </message>
    <message>
        <source>From</source>
        <comment>start date</comment>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>end date</comment>
        <translation>Até</translation>
    </message>
    <message>
        <source>To</source>
        <comment>end date</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Hours report</source>
        <translation>Relatório de horas</translation>
    </message>
    <message>
        <source>Hours report — %1</source>
        <translation>Relatório de horas — %1</translation>
    </message>
    <message>
        <source>plural</source>
        <comment>the form a count of 0 takes: write &apos;singular&apos; or &apos;plural&apos;</comment>
        <translation>plural</translation>
    </message>
    <message>
        <source>%1 is not a server address; it looks like https://sync.example.org.</source>
        <translation>%1 não é um endereço de servidor; parece-se com https://sync.example.org.</translation>
    </message>
    <message>
        <source>The server address must not hold a user name or password; sign in with --user instead.</source>
        <translation>O endereço do servidor não pode conter nome de utilizador nem palavra-passe; inicie sessão com --user.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (only a server on this computer may use http://).</source>
        <translation>O endereço do servidor tem de começar por https:// (só um servidor neste computador pode usar http://).</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronização cancelada.</translation>
    </message>
    <message>
        <source>Sign in to the sync server first.</source>
        <translation>Inicie primeiro sessão no servidor de sincronização.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; ask your organisation for its certificate file and choose it under Advanced in the sync settings.</source>
        <translation>Não foi possível verificar o certificado do servidor; peça à sua organização o ficheiro do certificado e escolha-o em Avançado, nas definições de sincronização.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>o servidor não respondeu a tempo</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>sem ligação</translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation>a ligação foi interrompida</translation>
    </message>
    <message>
        <source>The server asks to wait %1 seconds; try again later.</source>
        <translation>O servidor pede para esperar %1 segundos; tente mais tarde.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at %1 (%2); check the address and the network, then sign in again.</source>
        <translation>Não é possível contactar o servidor de sincronização %1 (%2); verifique o endereço e a rede e inicie sessão de novo.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at %1 (%2); the changes stay queued and will be sent next time.</source>
        <translation>Não é possível contactar o servidor de sincronização %1 (%2); as alterações ficam em fila e serão enviadas da próxima vez.</translation>
    </message>
    <message>
        <source>The sync server at %1 failed (HTTP %2); the changes stay queued and will be sent next time.</source>
        <translation>O servidor de sincronização %1 falhou (HTTP %2); as alterações ficam em fila e serão enviadas da próxima vez.</translation>
    </message>
    <message>
        <source>The server refused this device; sign in again.</source>
        <translation>O servidor recusou este computador; inicie sessão de novo.</translation>
    </message>
    <message>
        <source>The server refused the %1: %2</source>
        <translation>O servidor recusou %1: %2</translation>
    </message>
    <message>
        <source>sign-in</source>
        <comment>the server refused the ...</comment>
        <translation>a entrada</translation>
    </message>
    <message>
        <source>Sign-in refused.</source>
        <translation>Início de sessão recusado.</translation>
    </message>
    <message>
        <source>hello</source>
        <comment>the server refused the ...</comment>
        <translation>o contacto inicial</translation>
    </message>
    <message>
        <source>The server refused the hello: %1</source>
        <translation>O servidor recusou o contacto inicial: %1</translation>
    </message>
    <message>
        <source>The server found this batch too large.</source>
        <translation>O servidor considerou este lote demasiado grande.</translation>
    </message>
    <message>
        <source>The server found this batch invalid.</source>
        <translation>O servidor considerou este lote inválido.</translation>
    </message>
    <message>
        <source>changes</source>
        <comment>the server refused the ...</comment>
        <translation>as alterações</translation>
    </message>
    <message>
        <source>download</source>
        <comment>the server refused the ...</comment>
        <translation>a transferência</translation>
    </message>
    <message>
        <source>The server asks for a full download.</source>
        <translation>O servidor pede uma transferência completa.</translation>
    </message>
    <message>
        <source>The answer from %1 is not from the sync server (a Wi-Fi sign-in page or a proxy?); nothing was marked as sent.</source>
        <translation>A resposta de %1 não vem do servidor de sincronização (uma página de acesso Wi-Fi ou um proxy?); nada foi marcado como enviado.</translation>
    </message>
    <message>
        <source>for this person</source>
        <translation>para esta pessoa</translation>
    </message>
    <message>
        <source>in this session</source>
        <translation>nesta sessão</translation>
    </message>
    <message>
        <source>in this programme</source>
        <translation>neste programa</translation>
    </message>
    <message>
        <source>in this outcome</source>
        <translation>neste resultado</translation>
    </message>
    <message>
        <source>in this pathway</source>
        <translation>neste percurso</translation>
    </message>
    <message>
        <source>in this %1</source>
        <translation>nesta %1</translation>
    </message>
    <message>
        <source>Work was recorded %1 on another laptop; it was kept.</source>
        <translation>Foi registado trabalho %1 noutro computador; foi mantido.</translation>
    </message>
    <message>
        <source>%1 recorded %2 %3; it was kept.</source>
        <translation>%1 registou %2 %3; foi mantido.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>There are %1 %2 on the server; it was kept.</source>
        <translation>Há %1 %2 no servidor; foi mantido.</translation>
    </message>
    <message>
        <source>1 session report</source>
        <translation>1 relatório de sessão</translation>
    </message>
    <message>
        <source>%1 session reports</source>
        <translation>%1 relatórios de sessão</translation>
    </message>
    <message>
        <source>1 period report</source>
        <translation>1 relatório de período</translation>
    </message>
    <message>
        <source>%1 period reports</source>
        <translation>%1 relatórios de período</translation>
    </message>
    <message>
        <source>1 %2 record</source>
        <translation>1 registo de %2</translation>
    </message>
    <message>
        <source>%1 %2 records</source>
        <translation>%1 registos de %2</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessão</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>inscrição</translation>
    </message>
    <message>
        <source>pathway</source>
        <translation>percurso</translation>
    </message>
    <message>
        <source>outcome left out of a session</source>
        <translation>resultado retirado de uma sessão</translation>
    </message>
    <message>
        <source>pathway step</source>
        <translation>etapa do percurso</translation>
    </message>
    <message>
        <source>outcome tick</source>
        <translation>verificação de resultado</translation>
    </message>
    <message>
        <source>session report</source>
        <translation>relatório de sessão</translation>
    </message>
    <message>
        <source>period report</source>
        <translation>relatório de período</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>marcação</translation>
    </message>
    <message>
        <source>mark history entry</source>
        <translation>entrada do histórico de marcações</translation>
    </message>
    <message>
        <source>outcome tick history entry</source>
        <translation>entrada do histórico de verificações de resultados</translation>
    </message>
    <message>
        <source>its %1 %2 has not arrived yet</source>
        <translation>o seu registo «%1» %2 ainda não chegou</translation>
    </message>
    <message>
        <source>1 %2 record on this laptop still refers to it</source>
        <translation>1 registo de %2 neste computador ainda se refere a ele</translation>
    </message>
    <message>
        <source>%1 %2 records on this laptop still refer to it</source>
        <translation>%1 registos de %2 neste computador ainda se referem a ele</translation>
    </message>
    <message>
        <source>Sent 1 change: %2 accepted (%3 already there, %4 with conflicts), %5 rejected.</source>
        <translation>1 alteração enviada: %2 aceite (%3 já lá estavam, %4 com conflitos), %5 recusada.</translation>
    </message>
    <message>
        <source>Sent %1 changes: %2 accepted (%3 already there, %4 with conflicts), %5 rejected.</source>
        <translation>%1 alterações enviadas: %2 aceites (%3 já lá estavam, %4 com conflitos), %5 recusadas.</translation>
    </message>
    <message>
        <source>Received 1 change from the server.</source>
        <translation>1 alteração recebida do servidor.</translation>
    </message>
    <message>
        <source>Received %1 changes from the server.</source>
        <translation>%1 alterações recebidas do servidor.</translation>
    </message>
    <message>
        <source>1 received change waits on this laptop and will be applied as soon as they can:</source>
        <translation>1 alteração recebida espera neste computador e será aplicada logo que possível:</translation>
    </message>
    <message>
        <source>%1 received changes wait on this laptop and will be applied as soon as they can:</source>
        <translation>%1 alterações recebidas esperam neste computador e serão aplicadas logo que possível:</translation>
    </message>
    <message>
        <source>… and %1 more (see the sync log).</source>
        <translation>… e mais %1 (ver o registo de sincronização).</translation>
    </message>
    <message>
        <source>The server had lost 1 change (restored from a backup); they were sent again.</source>
        <translation>O servidor tinha perdido 1 alteração (restaurado de uma cópia); foi reenviada.</translation>
    </message>
    <message>
        <source>The server had lost %1 changes (restored from a backup); they were sent again.</source>
        <translation>O servidor tinha perdido %1 alterações (restaurado de uma cópia); foram reenviadas.</translation>
    </message>
    <message>
        <source>1 change had numbers the server already held for others (this laptop&apos;s file was restored from a backup?); they were sent again under new numbers.</source>
        <translation>1 alteração tinha um número que o servidor já tinha para outras (o ficheiro deste computador foi restaurado de uma cópia?); foi reenviada com um número novo.</translation>
    </message>
    <message>
        <source>%1 changes had numbers the server already held for others (this laptop&apos;s file was restored from a backup?); they were sent again under new numbers.</source>
        <translation>%1 alterações tinham números que o servidor já tinha para outras (o ficheiro deste computador foi restaurado de uma cópia?); foram reenviadas com números novos.</translation>
    </message>
    <message>
        <source>1 change were stamped with a clock ahead of the server&apos;s; they were stamped again with the server&apos;s time and sent.</source>
        <translation>1 alteração tinha a hora de um relógio adiantado em relação ao do servidor; recebeu a hora do servidor e foi enviada.</translation>
    </message>
    <message>
        <source>%1 changes were stamped with a clock ahead of the server&apos;s; they were stamped again with the server&apos;s time and sent.</source>
        <translation>%1 alterações tinham a hora de um relógio adiantado em relação ao do servidor; receberam a hora do servidor e foram enviadas.</translation>
    </message>
    <message>
        <source>1 change wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>1 alteração espera registos que o servidor ainda não tem; fica em fila e segue na próxima sincronização.</translation>
    </message>
    <message>
        <source>%1 changes wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>%1 alterações esperam registos que o servidor ainda não tem; ficam em fila e seguem na próxima sincronização.</translation>
    </message>
    <message>
        <source>1 history entry wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>1 entrada do histórico espera registos que o servidor ainda não tem; fica em fila e segue na próxima sincronização.</translation>
    </message>
    <message>
        <source>%1 history entries wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>%1 entradas do histórico esperam registos que o servidor ainda não tem; ficam em fila e seguem na próxima sincronização.</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>sync result</comment>
        <translation>em espera</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>sync result</comment>
        <translation>recusada</translation>
    </message>
    <message>
        <source>mismatch</source>
        <comment>sync result</comment>
        <translation>número repetido</translation>
    </message>
    <message>
        <source>conflict</source>
        <comment>sync result</comment>
        <translation>conflito</translation>
    </message>
    <message>
        <source>%1: %2 (change %3): %4</source>
        <comment>a receipt line: result, record, change number, reason</comment>
        <translation>%1: %2 (alteração %3): %4</translation>
    </message>
    <message>
        <source>Its records were removed from this laptop.</source>
        <translation>Os seus registos foram retirados deste computador.</translation>
    </message>
    <message>
        <source>1 change to it is kept here: it will wait until you are assigned to %2 again, and then be sent.</source>
        <translation>1 alteração relacionada fica guardada aqui: espera até voltar a ser atribuído a %2 e depois é enviada.</translation>
    </message>
    <message>
        <source>%1 changes to it are kept here: they wait until you are assigned to %2 again, and then go.</source>
        <translation>%1 alterações relacionadas ficam guardadas aqui: esperam até voltar a ser atribuído a %2 e depois são enviadas.</translation>
    </message>
    <message>
        <source>1 change held while its programme was unassigned was sent again.</source>
        <translation>1 alteração guardada enquanto o seu programa não estava atribuído foi reenviada.</translation>
    </message>
    <message>
        <source>%1 changes held while their programme was unassigned were sent again.</source>
        <translation>%1 alterações guardadas enquanto o seu programa não estava atribuído foram reenviadas.</translation>
    </message>
    <message>
        <source>Your delete of a %1 (change %2) did not apply: %3</source>
        <translation>A sua eliminação de um(a) %1 (alteração %2) não foi aplicada: %3</translation>
    </message>
    <message>
        <source>Sync cancelled; what was sent so far is safe.</source>
        <translation>Sincronização cancelada; o que já foi enviado está seguro.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronização parada: %1</translation>
    </message>
    <message>
        <source>This is the demo data file; it is never synced.</source>
        <translation>Este é o ficheiro de demonstração; nunca é sincronizado.</translation>
    </message>
    <message>
        <source>The saved sign-in belongs to another laptop; sign in again.</source>
        <translation>A sessão guardada pertence a outro computador; inicie sessão de novo.</translation>
    </message>
    <message>
        <source>The server keeps timing out; the changes stay queued and will be sent next time.</source>
        <translation>O servidor continua sem responder a tempo; as alterações ficam em fila e serão enviadas da próxima vez.</translation>
    </message>
    <message>
        <source>The server refused the changes (HTTP %1).</source>
        <translation>O servidor recusou as alterações (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused these changes.</source>
        <translation>O servidor recusou estas alterações.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not acknowledge this batch; nothing was marked as sent.</source>
        <translation>A resposta do servidor não confirma este lote; nada foi marcado como enviado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer lists none of the changes sent; nothing was marked as sent.</source>
        <translation>A resposta do servidor não indica nenhuma das alterações enviadas; nada foi marcado como enviado.</translation>
    </message>
    <message>
        <source>The server keeps refusing our download position.</source>
        <translation>O servidor continua a recusar a nossa posição de transferência.</translation>
    </message>
    <message>
        <source>Downloaded changes could not be stored on this laptop (%1); nothing of that page was kept.</source>
        <translation>Não foi possível guardar as alterações transferidas neste computador (%1); nada dessa página foi guardado.</translation>
    </message>
    <message>
        <source>Sign in to a sync server first (fieldsessions login --server URL --user NAME).</source>
        <translation>Inicie primeiro sessão num servidor de sincronização (fieldsessions login --server URL --user NOME).</translation>
    </message>
    <message>
        <source>No saved sign-in for %1; sign in again.</source>
        <translation>Não há sessão guardada para %1; inicie sessão de novo.</translation>
    </message>
    <message>
        <source>%1: something went wrong; the log has the details.</source>
        <translation>%1: algo correu mal; os detalhes estão no registo.</translation>
    </message>
    <message>
        <source>The server does not have session %1 yet; it is sent again once the session is there.</source>
        <translation>O servidor ainda não tem a sessão %1; a alteração será enviada de novo quando a sessão lá estiver.</translation>
    </message>
    <message>
        <source>The server does not have participant %1 yet; it is sent again once the participant is there.</source>
        <translation>O servidor ainda não tem o participante %1; a alteração será enviada de novo quando o participante lá estiver.</translation>
    </message>
    <message>
        <source>The server does not have programme %1 yet; it is sent again once the programme is there.</source>
        <translation>O servidor ainda não tem o programa %1; a alteração será enviada de novo quando o programa lá estiver.</translation>
    </message>
    <message>
        <source>The server does not have record %1 yet; it is sent again once that record is there.</source>
        <translation>O servidor ainda não tem o registo %1; a alteração será enviada de novo quando esse registo lá estiver.</translation>
    </message>
    <message>
        <source>The server does not know this kind of record.</source>
        <translation>O servidor não conhece este tipo de registo.</translation>
    </message>
    <message>
        <source>This change does not say which record it is about.</source>
        <translation>Esta alteração não indica a que registo se refere.</translation>
    </message>
    <message>
        <source>The id of this change does not match the records it is about.</source>
        <translation>O identificador desta alteração não corresponde aos registos a que se refere.</translation>
    </message>
    <message>
        <source>This change does not name the records it is about.</source>
        <translation>Esta alteração não indica os registos a que se refere.</translation>
    </message>
    <message>
        <source>A record cannot move to another programme.</source>
        <translation>Um registo não pode passar para outro programa.</translation>
    </message>
    <message>
        <source>Participant %1 belongs to programmes you are not assigned to.</source>
        <translation>O participante %1 pertence a programas aos quais não está atribuído.</translation>
    </message>
    <message>
        <source>Record %1 belongs to someone else.</source>
        <translation>O registo %1 pertence a outra pessoa.</translation>
    </message>
    <message>
        <source>You are not assigned to programme %1.</source>
        <translation>Não está atribuído ao programa %1.</translation>
    </message>
    <message>
        <source>Session %1 is in another programme.</source>
        <translation>A sessão %1 está noutro programa.</translation>
    </message>
    <message>
        <source>Record %1 is in another programme.</source>
        <translation>O registo %1 está noutro programa.</translation>
    </message>
    <message>
        <source>A new record needs %1.</source>
        <translation>Um registo novo precisa de %1.</translation>
    </message>
    <message>
        <source>Record %1 was deleted before the server received it.</source>
        <translation>O registo %1 foi eliminado antes de o servidor o receber.</translation>
    </message>
    <message>
        <source>A later edit from another device keeps this record.</source>
        <translation>Uma edição posterior noutro computador mantém este registo.</translation>
    </message>
    <message>
        <source>Concurrent edit of %1: the later change was kept and the other saved as a conflict.</source>
        <translation>Edição simultânea de %1: a alteração mais recente foi mantida e a outra guardada como conflito.</translation>
    </message>
    <message>
        <source>Change %1 of this device was already received with different content; the first one was kept.</source>
        <translation>A alteração %1 deste computador já tinha sido recebida com outro conteúdo; a primeira foi mantida.</translation>
    </message>
    <message>
        <source>This change is stamped more than 24 hours ahead of the server&apos;s clock; check the laptop&apos;s date and time.</source>
        <translation>Esta alteração tem uma hora mais de 24 horas à frente do relógio do servidor; verifique a data e a hora do computador.</translation>
    </message>
    <message>
        <source>The server could not store this change just now.</source>
        <translation>O servidor não conseguiu guardar esta alteração neste momento.</translation>
    </message>
    <message>
        <source>Sign in first: this request has no device token.</source>
        <translation>Inicie sessão primeiro: este pedido não tem código de acesso do computador.</translation>
    </message>
    <message>
        <source>Too many requests from this device; slow down.</source>
        <translation>Demasiados pedidos deste computador; abrande.</translation>
    </message>
    <message>
        <source>This device token is not valid.</source>
        <translation>Este código de acesso do computador não é válido.</translation>
    </message>
    <message>
        <source>This device token is not valid or was revoked; sign in again.</source>
        <translation>Este código de acesso do computador não é válido ou foi revogado; inicie sessão de novo.</translation>
    </message>
    <message>
        <source>This laptop&apos;s sign-in is older than %1 days and has expired; sign in again.</source>
        <translation>A sessão deste computador tem mais de %1 dias e expirou; inicie sessão de novo.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts; wait a little.</source>
        <translation>Demasiadas tentativas de início de sessão; aguarde um pouco.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nome de utilizador ou palavra-passe incorretos.</translation>
    </message>
    <message>
        <source>This laptop&apos;s data file is registered to another facilitator; sign in from your own data file.</source>
        <translation>O ficheiro de dados deste computador está registado em nome de outro facilitador; inicie sessão a partir do seu próprio ficheiro de dados.</translation>
    </message>
    <message>
        <source>This laptop signed in twice at once; try again.</source>
        <translation>Este computador iniciou sessão duas vezes ao mesmo tempo; tente de novo.</translation>
    </message>
    <message>
        <source>This device token belongs to another device.</source>
        <translation>Este código de acesso pertence a outro computador.</translation>
    </message>
    <message>
        <source>No such programme among yours.</source>
        <translation>Esse programa não está entre os seus.</translation>
    </message>
    <message>
        <source>You are no longer assigned to %1.</source>
        <translation>Já não está atribuído a %1.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The data file could not be opened (%1). Details are in the log file.</source>
        <translation>Não foi possível abrir o ficheiro de dados (%1). Os detalhes estão no ficheiro de registo.</translation>
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
        <translation>Inscrição</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>Vagas restantes</translation>
    </message>
    <message>
        <source>Enrolment message</source>
        <translation>Mensagem de inscrição</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>Cancelar &amp;reserva</translation>
    </message>
    <message>
        <source>Cancel the selected booking or waitlist place</source>
        <translation>Cancelar a reserva ou o lugar na lista de espera selecionado</translation>
    </message>
    <message>
        <source>Delete key in the lists; a freed place goes to the first person on the waitlist</source>
        <translation>Tecla Delete nas listas; uma vaga liberada vai para a primeira pessoa da lista de espera</translation>
    </message>
    <message>
        <source>Re&amp;move person…</source>
        <translation>Re&amp;mover pessoa…</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Remover a pessoa selecionada</translation>
    </message>
    <message>
        <source>Shift+Delete in the lists. Deleted when nothing was recorded for them, else taken off every programme with their history kept.</source>
        <translation>Shift+Delete nas listas. Apagada se nada foi registado para ela; senão, retirada de todos os programas, mantendo o histórico.</translation>
    </message>
    <message>
        <source>Person&apos;s pa&amp;ge…</source>
        <translation>&amp;Página da pessoa…</translation>
    </message>
    <message>
        <source>Show the selected person&apos;s outcomes across programmes and pathway progress</source>
        <translation>Ver os resultados da pessoa selecionada em todos os programas e o progresso nos percursos</translation>
    </message>
    <message>
        <source>Find a person to enrol</source>
        <translation>Procurar uma pessoa para inscrever</translation>
    </message>
    <message>
        <source>Name or ID of a registered person</source>
        <translation>Nome ou ID de uma pessoa registada</translation>
    </message>
    <message>
        <source>People who can be enrolled</source>
        <translation>Pessoas que podem ser inscritas</translation>
    </message>
    <message>
        <source>En&amp;rol</source>
        <translation>I&amp;nscrever</translation>
    </message>
    <message>
        <source>Enrol the selected person</source>
        <translation>Inscrever a pessoa selecionada</translation>
    </message>
    <message>
        <source>Enter in the list; books a place, or the waitlist when the programme is full</source>
        <translation>Enter na lista; reserva uma vaga, ou a lista de espera se o programa estiver cheio</translation>
    </message>
    <message>
        <source>Fin&amp;d a person to enrol:</source>
        <translation>Pr&amp;ocurar uma pessoa para inscrever:</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscrever</translation>
    </message>
    <message>
        <source>No session chosen. Open a session&apos;s roll (Enter on it in the Sessions tab) to see who is booked and enrol people.</source>
        <translation>Nenhuma sessão escolhida. Abra a chamada de uma sessão (Enter sobre ela no separador Sessões) para ver quem está inscrito e inscrever pessoas.</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>não inscrito</translation>
    </message>
    <message>
        <source>Booked (%1)</source>
        <translation>Inscritos (%1)</translation>
    </message>
    <message>
        <source>Waitlist (%1)</source>
        <translation>Lista de espera (%1)</translation>
    </message>
    <message>
        <source>%1: no limit on places.</source>
        <translation>%1: vagas ilimitadas.</translation>
    </message>
    <message>
        <source>%1: full. New enrolments go on the waitlist.</source>
        <translation>%1: cheio. As novas inscrições vão para a lista de espera.</translation>
    </message>
    <message>
        <source>%1: 1 place left.</source>
        <translation>%1: 1 vaga restante.</translation>
    </message>
    <message>
        <source>%1: %2 places left.</source>
        <translation>%1: %2 vagas restantes.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>enrolment of %1</source>
        <translation>inscrição de %1</translation>
    </message>
    <message>
        <source>The programme is full: %1 is on the waitlist.</source>
        <translation>O programa está cheio: %1 está na lista de espera.</translation>
    </message>
    <message>
        <source>%1 is booked.</source>
        <translation>%1 está inscrito(a).</translation>
    </message>
    <message>
        <source>cancelled place of %1</source>
        <translation>vaga cancelada de %1</translation>
    </message>
    <message>
        <source>%1&apos;s place is cancelled (Ctrl+Z takes it back).</source>
        <translation>A vaga de %1 foi cancelada (Ctrl+Z desfaz).</translation>
    </message>
    <message>
        <source>%1 moved up from the waitlist and is now booked.</source>
        <translation>%1 saiu da lista de espera e agora está inscrito(a).</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>Nada para desfazer nesta página.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Desfeito: %1.</translation>
    </message>
    <message>
        <source>Delete %1 from this laptop? Nothing was recorded for them; %2 too, and they are deleted from the server at the next sync.</source>
        <translation>Apagar %1 deste computador? Nada foi registado para esta pessoa; %2 também, e ela será apagada do servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>their 1 booking goes</source>
        <translation>a sua 1 reserva vai</translation>
    </message>
    <message>
        <source>their %1 bookings go</source>
        <translation>as suas %1 reservas vão</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>&amp;Apagar pessoa</translation>
    </message>
    <message>
        <source>%1 has %2, so they cannot be deleted. Take them off every programme? Their history is kept for the reports.</source>
        <translation>%1 tem %2, por isso não pode ser apagado(a). Retirar de todos os programas? O histórico é mantido para os relatórios.</translation>
    </message>
    <message>
        <source>1 attendance mark or tick</source>
        <translation>1 marcação de presença ou verificação</translation>
    </message>
    <message>
        <source>%1 attendance marks or ticks</source>
        <translation>%1 marcações de presença ou verificações</translation>
    </message>
    <message>
        <source>&amp;Take off every programme</source>
        <translation>&amp;Retirar de todos os programas</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remover pessoa</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 foi apagado(a).</translation>
    </message>
    <message>
        <source>%1 is off every programme; their history is kept.</source>
        <translation>%1 saiu de todos os programas; o histórico é mantido.</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Algo correu mal; os detalhes estão no registo.</translation>
    </message>
</context>
<context>
    <name>FacilitatorNameDialog</name>
    <message>
        <source>Welcome to fieldsessions</source>
        <translation>Bem-vindo ao fieldsessions</translation>
    </message>
    <message>
        <source>What is your name? It is printed on attendance sheets, session reports and exports. You can change it later in Settings.</source>
        <translation>Qual é o seu nome? Ele é impresso nas folhas de presença, nos relatórios de sessão e nas exportações. Pode mudá-lo depois em Configurações.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>O seu &amp;nome:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>e.g. Amina Otieno</source>
        <translation>ex.: Amina Otieno</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Your name could not be saved (%1). Details are in the log file.</source>
        <translation>Não foi possível guardar o seu nome (%1). Os detalhes estão no ficheiro de registo.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation>Importar uma lista de participantes</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Ficheiro da lista</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with a header row</source>
        <translation>Um ficheiro CSV ou XLSX com uma linha de cabeçalho</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Escolher ficheiro…</translation>
    </message>
    <message>
        <source>Choose a roster file</source>
        <translation>Escolher um ficheiro de lista</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ficheiro:</translation>
    </message>
    <message>
        <source>Enrol into programme</source>
        <translation>Inscrever no programa</translation>
    </message>
    <message>
        <source>(do not enrol; only add the people)</source>
        <translation>(não inscrever; apenas adicionar as pessoas)</translation>
    </message>
    <message>
        <source>&amp;Enrol into:</source>
        <translation>&amp;Inscrever em:</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Pré-visualização do ficheiro</translation>
    </message>
    <message>
        <source>Rows that will not be imported:</source>
        <translation>Linhas que não serão importadas:</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Linhas que não serão importadas</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumo da importação</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mportar</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Importar as linhas válidas</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file. Nothing is saved until you press Import.</source>
        <translation>Escolha um ficheiro CSV ou XLSX. Nada é guardado antes de premir Importar.</translation>
    </message>
    <message>
        <source>Roster files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listas de participantes (*.csv *.xlsx *.txt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>A ler %1…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Primeiro nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nome de família</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(coluna %1)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Meaning of column %1</source>
        <translation>Significado da coluna %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>1 person ready to import: %2 new, %3 already stored (not added again; enrolled if not yet).</source>
        <translation>1 pessoa pronta para importar: %2 nova, %3 já guardada (não é adicionada de novo; é inscrita se ainda não estiver).</translation>
    </message>
    <message>
        <source>%1 people ready to import: %2 new, %3 already stored (not added again; enrolled if they are not yet).</source>
        <translation>%1 pessoas prontas para importar: %2 novas, %3 já guardadas (não são adicionadas de novo; são inscritas se ainda não estiverem).</translation>
    </message>
    <message>
        <source>1 person ready to import.</source>
        <translation>1 pessoa pronta para importar.</translation>
    </message>
    <message>
        <source>%1 people ready to import.</source>
        <translation>%1 pessoas prontas para importar.</translation>
    </message>
    <message>
        <source>1 row has a problem and will be skipped (listed above); fix it in the file or the column boxes, or import the rest now.</source>
        <translation>1 linha tem um problema e será ignorada (ver acima); corrija-a no ficheiro ou nas caixas das colunas, ou importe o resto agora.</translation>
    </message>
    <message>
        <source>%1 rows have problems and will be skipped (listed above); fix them in the file or the column boxes, or import the rest now.</source>
        <translation>%1 linhas têm problemas e serão ignoradas (ver acima); corrija-as no ficheiro ou nas caixas das colunas, ou importe o resto agora.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>A importar…</translation>
    </message>
    <message>
        <source>Imported 1 new person.</source>
        <translation>1 pessoa nova importada.</translation>
    </message>
    <message>
        <source>Imported %1 new people.</source>
        <translation>%1 pessoas novas importadas.</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 on the waitlist.</source>
        <translation>%1 inscritas, %2 na lista de espera.</translation>
    </message>
    <message>
        <source>1 row skipped (listed above).</source>
        <translation>1 linha ignorada (ver acima).</translation>
    </message>
    <message>
        <source>%1 rows skipped (listed above).</source>
        <translation>%1 linhas ignoradas (ver acima).</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>Não é possível abrir o ficheiro (%1).</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details. Nothing was imported.</source>
        <translation>Algo correu mal; os detalhes estão no registo. Nada foi importado.</translation>
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
        <translation>Secções</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Novo programa…</translation>
    </message>
    <message>
        <source>Create a programme and its sessions</source>
        <translation>Criar um programa e as suas sessões</translation>
    </message>
    <message>
        <source>&amp;Edit programme…</source>
        <translation>&amp;Editar programa…</translation>
    </message>
    <message>
        <source>Change the selected programme</source>
        <translation>Alterar o programa selecionado</translation>
    </message>
    <message>
        <source>Take &amp;roll</source>
        <translation>Fazer a &amp;chamada</translation>
    </message>
    <message>
        <source>Take the roll of the selected session, or of today&apos;s next one</source>
        <translation>Fazer a chamada da sessão selecionada, ou da próxima sessão de hoje</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importar lista…</translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel file</source>
        <translation>Adicionar participantes a partir de um ficheiro CSV ou Excel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print attendance sheets and reports</source>
        <translation>Imprimir folhas de presença e relatórios</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Si&amp;ncronizar</translation>
    </message>
    <message>
        <source>Send changes to the server and get the latest</source>
        <translation>Enviar as alterações ao servidor e receber as mais recentes</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Your name, this laptop&apos;s name, the data file, the language</source>
        <translation>O seu nome, o nome deste computador, o ficheiro de dados, o idioma</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Close fieldsessions</source>
        <translation>Fechar o fieldsessions</translation>
    </message>
    <message>
        <source>&amp;About fieldsessions</source>
        <translation>&amp;Sobre o fieldsessions</translation>
    </message>
    <message>
        <source>Version and data file</source>
        <translation>Versão e ficheiro de dados</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>Todas as teclas a que a janela responde</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo the last change made on this tab</source>
        <translation>Desfazer a última alteração feita neste separador</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessões</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Relatórios</translation>
    </message>
    <message>
        <source>Show the %1 tab</source>
        <translation>Mostrar o separador %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>A trabalhar…</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync available&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sincronização disponível&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sync available</source>
        <translation>Sincronização disponível</translation>
    </message>
    <message>
        <source>The sync server can be reached: press Sync to send the changes waiting on this laptop.</source>
        <translation>O servidor de sincronização está acessível: prima Sincronizar para enviar as alterações que esperam neste computador.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <source>Reading the data file…</source>
        <translation>A ler o ficheiro de dados…</translation>
    </message>
    <message>
        <source>Nothing to undo on this tab.</source>
        <translation>Nada para desfazer neste separador.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada para desfazer</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Nenhuma alteração em espera</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 alteração em espera</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 alterações em espera</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>última sincronização %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoje às %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ontem às %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <source>Demo data · nothing here is sent to the server</source>
        <translation>Dados de demonstração · nada aqui é enviado ao servidor</translation>
    </message>
    <message>
        <source>Changes are kept on this laptop until Sync sends them to the server.</source>
        <translation>As alterações ficam neste computador até que Sincronizar as envie ao servidor.</translation>
    </message>
    <message>
        <source>fieldsessions — DEMO DATA (practice only, never sent to the server)</source>
        <translation>fieldsessions — DADOS DE DEMONSTRAÇÃO (só para praticar, nunca enviados ao servidor)</translation>
    </message>
    <message>
        <source>The demo data is never sent to the server.</source>
        <translation>Os dados de demonstração nunca são enviados ao servidor.</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Algo correu mal (%1); os detalhes estão no ficheiro de registo.</translation>
    </message>
    <message>
        <source>The demo data opens in a window of its own, from a separate file (%1); nothing in it is sent to the server. This data file stays yours.</source>
        <translation>Os dados de demonstração abrem numa janela própria, a partir de um ficheiro separado (%1); nada nele é enviado ao servidor. Este ficheiro de dados continua a ser seu.</translation>
    </message>
    <message>
        <source>The demo window could not be started.</source>
        <translation>Não foi possível abrir a janela de demonstração.</translation>
    </message>
    <message>
        <source>About fieldsessions</source>
        <translation>Sobre o fieldsessions</translation>
    </message>
    <message>
        <source>&lt;b&gt;fieldsessions&lt;/b&gt; %1&lt;br&gt;Attendance, roll call and reports for facilitators, offline first.&lt;br&gt;&lt;br&gt;Data file: %2</source>
        <translation>&lt;b&gt;fieldsessions&lt;/b&gt; %1&lt;br&gt;Presenças, chamada e relatórios para facilitadores, primeiro sem ligação.&lt;br&gt;&lt;br&gt;Ficheiro de dados: %2</translation>
    </message>
</context>
<context>
    <name>MarkHistoryDialog</name>
    <message>
        <source>History of %1&apos;s mark</source>
        <translation>Histórico da marcação de %1</translation>
    </message>
    <message>
        <source>1 change, from every laptop that has synced.</source>
        <translation>1 alteração, de todos os computadores que sincronizaram.</translation>
    </message>
    <message>
        <source>%1 changes, from every laptop that has synced, oldest first.</source>
        <translation>%1 alterações, de todos os computadores que sincronizaram, da mais antiga para a mais recente.</translation>
    </message>
    <message>
        <source>This mark has no history: it was never changed.</source>
        <translation>Esta marcação não tem histórico: nunca foi alterada.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Computador</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>(received without its own entry)</source>
        <translation>(recebida sem registo próprio)</translation>
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
        <translation>Verificação de resultados</translation>
    </message>
    <message>
        <source>Outcomes achieved, one row per participant</source>
        <translation>Resultados alcançados, uma linha por participante</translation>
    </message>
    <message>
        <source>Space ticks or unticks; arrows move</source>
        <translation>Space marca ou desmarca; as setas movem</translation>
    </message>
    <message>
        <source>Tick-off message</source>
        <translation>Mensagem da verificação</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; ticks or unticks · &lt;b&gt;arrows&lt;/b&gt; move · hover a column title for the whole outcome</source>
        <translation>&lt;b&gt;Space&lt;/b&gt; marca ou desmarca · &lt;b&gt;setas&lt;/b&gt; movem · passe o cursor sobre o título de uma coluna para ver o resultado completo</translation>
    </message>
    <message>
        <source>This session has no outcomes to tick off. Add them to the programme&apos;s outcome list.</source>
        <translation>Esta sessão não tem resultados para marcar. Adicione-os à lista de resultados do programa.</translation>
    </message>
    <message>
        <source>Nobody is on this session&apos;s roll yet.</source>
        <translation>Ainda não há ninguém na chamada desta sessão.</translation>
    </message>
    <message>
        <source>tick of %1: %2</source>
        <translation>marcação de %1: %2</translation>
    </message>
    <message>
        <source>untick of %1: %2</source>
        <translation>desmarcação de %1: %2</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>Nada para desfazer nesta página.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Desfeito: %1.</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Algo correu mal; os detalhes estão no registo.</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcançado</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>alcançado</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>não alcançado</translation>
    </message>
</context>
<context>
    <name>PaperReviewDialog</name>
    <message>
        <source>Read paper sheets</source>
        <translation>Ler folhas em papel</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>A ler %1…</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 ficheiro</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 ficheiros</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>O que foi lido</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Rows of the page</source>
        <translation>Linhas da página</translation>
    </message>
    <message>
        <source>P present, L late, E excused, A absent, Delete writes nothing; arrows move; Enter accepts the page</source>
        <translation>P presente, L atrasado, E justificado, A ausente, Delete não escreve nada; as setas movem; Enter aceita a página</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>No papel</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Computador</translation>
    </message>
    <message>
        <source>Will be written</source>
        <translation>Será escrito</translation>
    </message>
    <message>
        <source>Boxes: P · L · E · A</source>
        <translation>Caixas: P · L · E · A</translation>
    </message>
    <message>
        <source>Why the page was refused</source>
        <translation>Porque a página foi recusada</translation>
    </message>
    <message>
        <source>Walk-ins written on this page: type each name (and ID or phone) as written. They are added as walk-ins when you accept the page; a row left without a name is not.</source>
        <translation>Não inscritos escritos nesta página: escreva cada nome (e ID ou telefone) tal como está escrito. São adicionados como não inscritos quando aceitar a página; uma linha deixada sem nome não é.</translation>
    </message>
    <message>
        <source>The page, straightened</source>
        <translation>A página, endireitada</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;E&lt;/b&gt; excused · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Del&lt;/b&gt; write nothing · &lt;b&gt;↑ ↓&lt;/b&gt; move · &lt;b&gt;Enter&lt;/b&gt; accept the page</source>
        <translation>&lt;b&gt;P&lt;/b&gt; presente · &lt;b&gt;L&lt;/b&gt; atrasado · &lt;b&gt;E&lt;/b&gt; justificado · &lt;b&gt;A&lt;/b&gt; ausente · &lt;b&gt;Del&lt;/b&gt; não escrever · &lt;b&gt;↑ ↓&lt;/b&gt; mover · &lt;b&gt;Enter&lt;/b&gt; aceitar a página</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>&amp;Accept page</source>
        <translation>&amp;Aceitar página</translation>
    </message>
    <message>
        <source>Write this page&apos;s marks in one go (Enter); Ctrl+Z on the roll undoes them</source>
        <translation>Escrever as marcações desta página de uma vez (Enter); Ctrl+Z na chamada desfá-las</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Name · outcome</source>
        <translation>Nome · resultado</translation>
    </message>
    <message>
        <source>The row&apos;s outcome boxes</source>
        <translation>Caixas da linha</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; tick or untick the selected outcome box · &lt;b&gt;↑ ↓&lt;/b&gt; move · &lt;b&gt;Enter&lt;/b&gt; accept the page</source>
        <translation>&lt;b&gt;Space&lt;/b&gt; marcar ou desmarcar a caixa escolhida · &lt;b&gt;↑ ↓&lt;/b&gt; mover · &lt;b&gt;Enter&lt;/b&gt; aceitar a página</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected outcome box; arrows move; Enter accepts the page</source>
        <translation>Space marca ou desmarca a caixa de resultado escolhida; as setas movem; Enter aceita a página</translation>
    </message>
    <message>
        <source>%1 read, %2 refused.</source>
        <translation>Lidas: %1; recusadas: %2.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>Skipped as blank: %1.</source>
        <translation>Ignoradas por estarem em branco: %1.</translation>
    </message>
    <message>
        <source>Doubtful rows come first; nothing is written before you accept a page.</source>
        <translation>As linhas duvidosas vêm primeiro; nada é escrito antes de aceitar uma página.</translation>
    </message>
    <message>
        <source>The sheets could not be read</source>
        <translation>Não foi possível ler as folhas</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>Nada foi lido.</translation>
    </message>
    <message>
        <source>%1 — refused</source>
        <translation>%1 — recusada</translation>
    </message>
    <message>
        <source>%1
%2, tick-off page %3</source>
        <translation>%1
%2, página %3 da ficha de verificação</translation>
    </message>
    <message>
        <source>✓ 1 tick written</source>
        <translation>✓ 1 verificação escrita</translation>
    </message>
    <message>
        <source>✓ %1 ticks written</source>
        <translation>✓ %1 verificações escritas</translation>
    </message>
    <message>
        <source>%1
%2, sheet page %3</source>
        <translation>%1
%2, página %3 da folha</translation>
    </message>
    <message>
        <source>✓ 1 mark written</source>
        <translation>✓ 1 marcação escrita</translation>
    </message>
    <message>
        <source>✓ %1 marks written</source>
        <translation>✓ %1 marcações escritas</translation>
    </message>
    <message>
        <source>Refused: nothing on this page is written.</source>
        <translation>Recusada: nada nesta página é escrito.</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>em branco</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>%1 (the copies differ)</source>
        <translation>%1 (as cópias diferem)</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>sem marca</translation>
    </message>
    <message>
        <source>The boxes as read: present, late, excused, absent</source>
        <translation>As caixas tal como foram lidas: presente, atrasado, justificado, ausente</translation>
    </message>
    <message>
        <source>%1 · %2. %3</source>
        <translation>%1 · %2. %3</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>The row&apos;s outcome boxes as read, left to right; this outcome&apos;s box framed in red</source>
        <translation>As caixas de resultados da linha tal como foram lidas, da esquerda para a direita; a caixa deste resultado tem moldura vermelha</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>This page was read more than once and its copies differ here: %1. Nothing is written unless you choose.</source>
        <translation>Esta página foi lida mais de uma vez e as cópias diferem aqui: %1. Nada é escrito sem a sua escolha.</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>sem marca</translation>
    </message>
    <message>
        <source>Walk-in row %1 as written</source>
        <translation>Linha de não inscrito %1 tal como escrita</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Nome tal como escrito</translation>
    </message>
    <message>
        <source>Name of walk-in row %1</source>
        <translation>Nome da linha de não inscrito %1</translation>
    </message>
    <message>
        <source>ID or phone</source>
        <translation>ID ou telefone</translation>
    </message>
    <message>
        <source>ID or phone of walk-in row %1</source>
        <translation>ID ou telefone da linha de não inscrito %1</translation>
    </message>
    <message>
        <source>Mark of walk-in row %1</source>
        <translation>Marcação da linha de não inscrito %1</translation>
    </message>
    <message>
        <source>written</source>
        <translation>escrito</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation>fica %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 (already)</source>
        <translation>%1 (já)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Row %1: the paper says %2, the laptop has %3. The laptop&apos;s mark is kept unless you press %4 (or another letter) for this row.</source>
        <translation>Linha %1: o papel diz %2, o computador tem %3. A marcação do computador é mantida, a não ser que prima %4 (ou outra letra) nesta linha.</translation>
    </message>
    <message>
        <source>This page is written already; correct a mark on the roll.</source>
        <translation>Esta página já foi escrita; corrija uma marcação na chamada.</translation>
    </message>
    <message>
        <source>paper sheet, page %1</source>
        <translation>folha em papel, página %1</translation>
    </message>
    <message>
        <source>Page %1: %2, queued for sync; the page image is kept in %3.</source>
        <translation>Página %1: %2, em fila para sincronizar; a imagem da página fica guardada em %3.</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Não marcado</translation>
    </message>
    <message>
        <source>Blank rows with ticks, for people not listed: these ticks are not written. Add each person as a walk-in on the Roster tab, then tick them on the Outcomes tab.</source>
        <translation>Linhas em branco com marcas, para pessoas que não estão na lista: estas verificações não são escritas. Adicione cada pessoa como não inscrito no separador Participantes e depois marque-a no separador Resultados.</translation>
    </message>
    <message>
        <source>Row %1: outcomes %2 ticked</source>
        <translation>Linha %1: resultados %2 marcados</translation>
    </message>
    <message>
        <source>Blank row %1 as ticked</source>
        <translation>Linha em branco %1 tal como marcada</translation>
    </message>
    <message>
        <source>Row %1, outcome %2: %3</source>
        <translation>Linha %1, resultado %2: %3</translation>
    </message>
    <message>
        <source>Row %1, outcome %2: the paper says %3, the laptop has %4. The laptop&apos;s tick is kept unless you press Space for this box.</source>
        <translation>Linha %1, resultado %2: o papel diz %3, o computador tem %4. A verificação do computador é mantida, a não ser que prima Space nesta caixa.</translation>
    </message>
    <message>
        <source>This page is written already; correct a tick on the Outcomes tab.</source>
        <translation>Esta página já foi escrita; corrija uma verificação no separador Resultados.</translation>
    </message>
    <message>
        <source>1 tick written</source>
        <translation>1 verificação escrita</translation>
    </message>
    <message>
        <source>%1 ticks written</source>
        <translation>%1 verificações escritas</translation>
    </message>
    <message>
        <source>1 mark written</source>
        <translation>1 marcação escrita</translation>
    </message>
    <message>
        <source>%1 marks written</source>
        <translation>%1 marcações escritas</translation>
    </message>
    <message>
        <source>1 walk-in added.</source>
        <translation>1 não inscrito adicionado.</translation>
    </message>
    <message>
        <source>%1 walk-ins added.</source>
        <translation>%1 não inscritos adicionados.</translation>
    </message>
    <message>
        <source>Every page read is written.</source>
        <translation>Todas as páginas lidas foram escritas.</translation>
    </message>
    <message>
        <source>The page was not written</source>
        <translation>A página não foi escrita</translation>
    </message>
    <message>
        <source>Scans and photos of sheets (%1);;All files (*)</source>
        <translation>Digitalizações e fotos de folhas (%1);;Todos os ficheiros (*)</translation>
    </message>
</context>
<context>
    <name>ParticipantPageDialog</name>
    <message>
        <source>%1 — participant</source>
        <translation>%1 — participante</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>&amp;Outcomes achieved, across programmes:</source>
        <translation>&amp;Resultados alcançados, em todos os programas:</translation>
    </message>
    <message>
        <source>Outcomes achieved</source>
        <translation>Resultados alcançados</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>First achieved</source>
        <translation>Alcançado pela primeira vez</translation>
    </message>
    <message>
        <source>&amp;Pathways:</source>
        <translation>&amp;Percursos:</translation>
    </message>
    <message>
        <source>Pathway progress</source>
        <translation>Progresso nos percursos</translation>
    </message>
    <message>
        <source>%1: complete on %2</source>
        <translation>%1: concluído em %2</translation>
    </message>
    <message>
        <source>%1: still needs %2</source>
        <translation>%1: ainda falta %2</translation>
    </message>
    <message>
        <source>No outcome is ticked as achieved for %1 yet. Outcomes are ticked on a session&apos;s Outcomes page (Roster tab).</source>
        <translation>Ainda não há nenhum resultado marcado como alcançado para %1. Os resultados são marcados na página Resultados de uma sessão (separador Participantes).</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 em %2.</translation>
    </message>
    <message>
        <source>1 outcome</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>%1 outcomes</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>1 programa</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1 programas</translation>
    </message>
    <message>
        <source>No pathways yet. A pathway groups programmes that together earn a certificate; make one in a programme&apos;s Edit dialog.</source>
        <translation>Ainda não há percursos. Um percurso agrupa programas que, juntos, dão direito a um certificado; crie um na janela Editar de um programa.</translation>
    </message>
    <message>
        <source>The page could not be loaded (%1); details are in the log file.</source>
        <translation>Não foi possível carregar a página (%1); os detalhes estão no ficheiro de registo.</translation>
    </message>
</context>
<context>
    <name>PathwayPage</name>
    <message>
        <source>Pathways with this programme</source>
        <translation>Percursos com este programa</translation>
    </message>
    <message>
        <source>Name of the new pathway</source>
        <translation>Nome do novo percurso</translation>
    </message>
    <message>
        <source>e.g. Safety certificate</source>
        <translation>ex.: Certificado de segurança</translation>
    </message>
    <message>
        <source>New pathway na&amp;me:</source>
        <translation>No&amp;me do novo percurso:</translation>
    </message>
    <message>
        <source>Other programmes in the new pathway</source>
        <translation>Outros programas do novo percurso</translation>
    </message>
    <message>
        <source>Also &amp;in it (Space ticks):</source>
        <translation>Também &amp;nele (Space marca):</translation>
    </message>
    <message>
        <source>An&amp;y one of the ticked programmes is enough</source>
        <translation>Q&amp;ualquer um dos programas marcados basta</translation>
    </message>
    <message>
        <source>Unticked: this programme and every ticked one are needed. Ticked: this programme and any one of the ticked ones.</source>
        <translation>Desmarcado: são precisos este programa e todos os marcados. Marcado: este programa e qualquer um dos marcados.</translation>
    </message>
    <message>
        <source>&amp;Create pathway</source>
        <translation>C&amp;riar percurso</translation>
    </message>
    <message>
        <source>Save the programme first; then reopen it with Edit to put it in a pathway (programmes that together earn a certificate).</source>
        <translation>Guarde primeiro o programa; depois reabra-o com Editar para o pôr num percurso (programas que, juntos, dão direito a um certificado).</translation>
    </message>
    <message>
        <source>%1: needs %2</source>
        <translation>%1: precisa de %2</translation>
    </message>
    <message>
        <source>This programme is not in a pathway yet. A pathway groups programmes that together earn a certificate: make one below.</source>
        <translation>Este programa ainda não está num percurso. Um percurso agrupa programas que, juntos, dão direito a um certificado: crie um abaixo.</translation>
    </message>
    <message>
        <source>Pathways with this programme:</source>
        <translation>Percursos com este programa:</translation>
    </message>
    <message>
        <source>Tick two or more programmes to offer a choice, or untick “Any one … is enough”.</source>
        <translation>Marque dois ou mais programas para dar uma escolha, ou desmarque “Qualquer um … basta”.</translation>
    </message>
    <message>
        <source>Pathway “%1” created.</source>
        <translation>Percurso “%1” criado.</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Algo correu mal (%1); os detalhes estão no ficheiro de registo.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Save the programme</source>
        <translation>Guardar o programa</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fechar sem guardar</translation>
    </message>
    <message>
        <source>After every session</source>
        <translation>Depois de cada sessão</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diário</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <source>Once, at the end</source>
        <translation>Uma vez, no fim</translation>
    </message>
    <message>
        <source>How often the programme is reported on</source>
        <translation>Com que frequência se faz o relatório do programa</translation>
    </message>
    <message>
        <source>Report &amp;frequency:</source>
        <translation>&amp;Frequência dos relatórios:</translation>
    </message>
    <message>
        <source>Pat&amp;hways</source>
        <translation>&amp;Percursos</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Novo programa</translation>
    </message>
    <message>
        <source>Edit programme — %1</source>
        <translation>Editar programa — %1</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Escolha pelo menos um dia da semana.</translation>
    </message>
    <message>
        <source>Choose exactly one weekday for “a weekday of the month”.</source>
        <translation>Escolha exatamente um dia da semana para “um dia da semana do mês”.</translation>
    </message>
    <message>
        <source>Say when the programme ends.</source>
        <translation>Indique quando o programa termina.</translation>
    </message>
    <message>
        <source>The outcome “%1” is listed twice.</source>
        <translation>O resultado “%1” aparece duas vezes.</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Em:</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>Co&amp;meça em:</translation>
    </message>
    <message>
        <source>This schedule makes no sessions; check the dates and weekdays.</source>
        <translation>Este calendário não cria nenhuma sessão; verifique as datas e os dias da semana.</translation>
    </message>
    <message>
        <source>Save the programme (Ctrl+Enter)</source>
        <translation>Guardar o programa (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No sessions to preview until the problem below is fixed.</source>
        <translation>Sem pré-visualização das sessões até o problema abaixo ser corrigido.</translation>
    </message>
    <message>
        <source>1 session, on %1, %2–%3 (%4).</source>
        <translation>1 sessão, em %1, %2–%3 (%4).</translation>
    </message>
    <message>
        <source>%1 sessions, from %2 to %3, each %4–%5 (%6).</source>
        <translation>%1 sessões, de %2 a %3, cada uma %4–%5 (%6).</translation>
    </message>
    <message>
        <source>1 excluded date skipped.</source>
        <translation>1 data excluída ignorada.</translation>
    </message>
    <message>
        <source>%1 excluded dates skipped.</source>
        <translation>%1 datas excluídas ignoradas.</translation>
    </message>
    <message>
        <source>Saving keeps every session whose date is still in this schedule (its printed sheet stays valid), past sessions and any session with marks, ticks or a report; only dates no longer in the schedule are removed.</source>
        <translation>Ao guardar, mantém-se cada sessão cuja data ainda está neste calendário (a sua folha impressa continua válida), as sessões passadas e qualquer sessão com marcações, verificações ou relatório; só são retiradas as datas que já não estão no calendário.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>%1 is already running “%2” on %3, %4–%5, while a session of this programme is on.</source>
        <translation>%1 já está a dar “%2” em %3, %4–%5, durante uma sessão deste programa.</translation>
    </message>
    <message>
        <source>The facilitator</source>
        <translation>O facilitador</translation>
    </message>
    <message>
        <source>1 more session clashes too.</source>
        <translation>Mais 1 sessão também coincide.</translation>
    </message>
    <message>
        <source>%1 more sessions clash too.</source>
        <translation>Mais %1 sessões também coincidem.</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation>Conflito de horário</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Guardar &amp;mesmo assim</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> e mais %1</translation>
    </message>
    <message>
        <source>1 session will be removed because its date is no longer in the schedule: %2. Nothing was recorded in it; a sheet already printed for it will not match any session.</source>
        <translation>1 sessão será retirada porque a sua data já não está no calendário: %2. Nada foi registado nela; uma folha já impressa para ela não corresponderá a nenhuma sessão.</translation>
    </message>
    <message>
        <source>%1 sessions will be removed because their dates are no longer in the schedule: %2. Nothing was recorded in them; a sheet already printed for one of them will not match any session.</source>
        <translation>%1 sessões serão retiradas porque as suas datas já não estão no calendário: %2. Nada foi registado nelas; uma folha já impressa para uma delas não corresponderá a nenhuma sessão.</translation>
    </message>
    <message>
        <source>1 session already has marks, ticks or a report but is no longer in the schedule: %2. It is kept as it is; cancel it if it will not happen.</source>
        <translation>1 sessão já tem marcações, verificações ou relatório, mas já não está no calendário: %2. Fica como está; cancele-a se não se realizar.</translation>
    </message>
    <message>
        <source>%1 sessions already have marks, ticks or a report but are no longer in the schedule: %2. They are kept as they are; cancel them if they will not happen.</source>
        <translation>%1 sessões já têm marcações, verificações ou relatório, mas já não estão no calendário: %2. Ficam como estão; cancele-as se não se realizarem.</translation>
    </message>
    <message>
        <source>1 future session takes the new time, length, place or facilitator; a sheet printed for it shows the old details.</source>
        <translation>1 sessão futura fica com a nova hora, duração, local ou facilitador; uma folha impressa para ela mostra os dados antigos.</translation>
    </message>
    <message>
        <source>%1 future sessions take the new time, length, place or facilitator; sheets printed for them show the old details.</source>
        <translation>%1 sessões futuras ficam com a nova hora, duração, local ou facilitador; as folhas impressas para elas mostram os dados antigos.</translation>
    </message>
    <message>
        <source>1 session will be added: %2.</source>
        <translation>1 sessão será adicionada: %2.</translation>
    </message>
    <message>
        <source>%1 sessions will be added: %2.</source>
        <translation>%1 sessões serão adicionadas: %2.</translation>
    </message>
    <message>
        <source>1 session keeps its identity, so its printed sheet and QR code stay valid.</source>
        <translation>1 sessão mantém a sua identidade, por isso a sua folha impressa e o código QR continuam válidos.</translation>
    </message>
    <message>
        <source>%1 sessions keep their identity, so their printed sheets and QR codes stay valid.</source>
        <translation>%1 sessões mantêm a sua identidade, por isso as folhas impressas e os códigos QR continuam válidos.</translation>
    </message>
    <message>
        <source>Change the schedule?</source>
        <translation>Alterar o calendário?</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Guardar a alteração</translation>
    </message>
    <message>
        <source>The programme could not be saved (%1). Details are in the log file.</source>
        <translation>Não foi possível guardar o programa (%1). Os detalhes estão no ficheiro de registo.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Programme sections</source>
        <translation>Secções do programa</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Calendário</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Nome do programa</translation>
    </message>
    <message>
        <source>e.g. Family Development Sessions</source>
        <translation>ex.: Sessões de Desenvolvimento Familiar</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repetição:</translation>
    </message>
    <message>
        <source>How often it repeats</source>
        <translation>Com que frequência se repete</translation>
    </message>
    <message>
        <source>Once-off</source>
        <translation>Uma só vez</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>De duas em duas semanas</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>Regra personalizada (RRULE)</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Em:</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Dias da semana</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>seg</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>segunda-feira</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ter</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>terça-feira</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>qua</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>quarta-feira</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>quinta-feira</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>sexta-feira</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>&amp;Day of the month:</source>
        <translation>&amp;Dia do mês:</translation>
    </message>
    <message>
        <source>Which day of the month</source>
        <translation>Que dia do mês</translation>
    </message>
    <message>
        <source>The start date&apos;s day number</source>
        <translation>O número do dia da data de início</translation>
    </message>
    <message>
        <source>A weekday of the month</source>
        <translation>Um dia da semana do mês</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Que semana do mês</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1.º</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2.º</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3.º</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4.º</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Regr&amp;a:</translation>
    </message>
    <message>
        <source>Custom recurrence rule</source>
        <translation>Regra de repetição personalizada</translation>
    </message>
    <message>
        <source>e.g. FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</source>
        <translation>ex.: FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <source>&amp;lasting</source>
        <translation>d&amp;uração</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>When the programme ends</source>
        <translation>Quando o programa termina</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Em</translation>
    </message>
    <message>
        <source>Ends on a date</source>
        <translation>Termina numa data</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de fim</translation>
    </message>
    <message>
        <source>After a num&amp;ber of sessions</source>
        <translation>Após um número de &amp;sessões</translation>
    </message>
    <message>
        <source>Ends after a number of sessions</source>
        <translation>Termina após um número de sessões</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Número de sessões</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> sessões</translation>
    </message>
    <message>
        <source>After a number of &amp;weeks</source>
        <translation>Após um númer&amp;o de semanas</translation>
    </message>
    <message>
        <source>Ends after a number of weeks</source>
        <translation>Termina após um número de semanas</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Número de semanas</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>As the rule says (its UNTIL or COUNT)</source>
        <translation>Como diz a regra (o seu UNTIL ou COUNT)</translation>
    </message>
    <message>
        <source>Ends as the custom rule says</source>
        <translation>Termina como diz a regra personalizada</translation>
    </message>
    <message>
        <source>No s&amp;ession on:</source>
        <translation>Sem sessão no d&amp;ia:</translation>
    </message>
    <message>
        <source>Date to exclude</source>
        <translation>Data a excluir</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Exclude this date</source>
        <translation>Excluir esta data</translation>
    </message>
    <message>
        <source>Excluded dates</source>
        <translation>Datas excluídas</translation>
    </message>
    <message>
        <source>Include a&amp;gain</source>
        <translation>Incluir de no&amp;vo</translation>
    </message>
    <message>
        <source>Remove the selected excluded date</source>
        <translation>Remover a data excluída selecionada</translation>
    </message>
    <message>
        <source>&amp;Place and rules</source>
        <translation>&amp;Local e regras</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Loc&amp;al:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>e.g. Barangay Hall, San Isidro</source>
        <translation>ex.: Salão Comunitário, San Isidro</translation>
    </message>
    <message>
        <source>Online lin&amp;k:</source>
        <translation>Link &amp;online:</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Link online</translation>
    </message>
    <message>
        <source>https://… (for sessions held online)</source>
        <translation>https://… (para sessões online)</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Capac&amp;idade:</translation>
    </message>
    <message>
        <source>Capacity (0 for no limit)</source>
        <translation>Capacidade (0 para sem limite)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source> places</source>
        <translation> vagas</translation>
    </message>
    <message>
        <source>Required &amp;attendance:</source>
        <translation>Presença e&amp;xigida:</translation>
    </message>
    <message>
        <source>Required attendance in percent</source>
        <translation>Presença exigida em percentagem</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>E&amp;xcused absences:</source>
        <translation>Faltas &amp;justificadas:</translation>
    </message>
    <message>
        <source>How excused absences count</source>
        <translation>Como contam as faltas justificadas</translation>
    </message>
    <message>
        <source>Count as attended</source>
        <translation>Contam como presença</translation>
    </message>
    <message>
        <source>Are left out of the rate</source>
        <translation>Ficam fora da taxa</translation>
    </message>
    <message>
        <source>Count as absent</source>
        <translation>Contam como falta</translation>
    </message>
    <message>
        <source>Topics and o&amp;utcomes</source>
        <translation>&amp;Temas e resultados</translation>
    </message>
    <message>
        <source>&amp;Topics, one per line:</source>
        <translation>Te&amp;mas, um por linha:</translation>
    </message>
    <message>
        <source>Topics, one per line</source>
        <translation>Temas, um por linha</translation>
    </message>
    <message>
        <source>Outcomes to tic&amp;k off, in order:</source>
        <translation>&amp;Resultados a marcar, por ordem:</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Novo resultado</translation>
    </message>
    <message>
        <source>Type an outcome and press Enter</source>
        <translation>Escreva um resultado e prima Enter</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dicionar</translation>
    </message>
    <message>
        <source>Add the outcome</source>
        <translation>Adicionar o resultado</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selected outcome up</source>
        <translation>Subir o resultado selecionado</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>D&amp;escer</translation>
    </message>
    <message>
        <source>Move the selected outcome down</source>
        <translation>Descer o resultado selecionado</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Remo&amp;ver</translation>
    </message>
    <message>
        <source>Remove the selected outcome</source>
        <translation>Remover o resultado selecionado</translation>
    </message>
    <message>
        <source>Sessions it will create</source>
        <translation>Sessões que serão criadas</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Resumo da pré-visualização</translation>
    </message>
    <message>
        <source>Dates of the sessions</source>
        <translation>Datas das sessões</translation>
    </message>
    <message>
        <source>Problem to fix before saving</source>
        <translation>Problema a corrigir antes de guardar</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Starts %1 at %2 (%3)</source>
        <translation>Começa em %1 às %2 (%3)</translation>
    </message>
    <message>
        <source>Required attendance: %1%</source>
        <translation>Presença exigida: %1%</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Todos os programas</translation>
    </message>
    <message>
        <source>(+%1 waiting)</source>
        <translation>(+%1 em espera)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
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
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Repor</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>ReportsOwedDialog</name>
    <message>
        <source>Reports owed</source>
        <translation>Relatórios a entregar</translation>
    </message>
    <message>
        <source>&amp;Reports not written yet:</source>
        <translation>&amp;Relatórios ainda não escritos:</translation>
    </message>
    <message>
        <source>Reports not written yet</source>
        <translation>Relatórios ainda não escritos</translation>
    </message>
    <message>
        <source>&amp;Notes for the chosen report:</source>
        <translation>&amp;Notas para o relatório escolhido:</translation>
    </message>
    <message>
        <source>Notes for the chosen report</source>
        <translation>Notas para o relatório escolhido</translation>
    </message>
    <message>
        <source>What happened in this period: who came, what was covered, what needs follow-up.</source>
        <translation>O que aconteceu neste período: quem veio, o que foi tratado, o que precisa de acompanhamento.</translation>
    </message>
    <message>
        <source>&amp;Submit report</source>
        <translation>&amp;Entregar relatório</translation>
    </message>
    <message>
        <source>Submit the chosen report</source>
        <translation>Entregar o relatório escolhido</translation>
    </message>
    <message>
        <source>Submit the chosen report with these notes (Ctrl+Enter)</source>
        <translation>Entregar o relatório escolhido com estas notas (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Open the session</source>
        <translation>&amp;Abrir a sessão</translation>
    </message>
    <message>
        <source>Open the chosen session&apos;s roll, where its report is written in full</source>
        <translation>Abrir a chamada da sessão escolhida, onde o relatório completo é escrito</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sessão de %1</translation>
    </message>
    <message>
        <source>Day of %1</source>
        <translation>Dia de %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana de %1</translation>
    </message>
    <message>
        <source>Final report, %1</source>
        <translation>Relatório final, %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>A entregar</translation>
    </message>
    <message>
        <source>No reports are owed. When a programme&apos;s report period is over (each session, day, week or month, or the end, as set in the programme), its report is asked for here.</source>
        <translation>Não há relatórios a entregar. Quando termina o período de relatório de um programa (cada sessão, dia, semana ou mês, ou o fim, conforme o programa), o relatório é pedido aqui.</translation>
    </message>
    <message>
        <source>1 report owed, overdue (more than a week late). Write its notes and press Submit.</source>
        <translation>1 relatório a entregar, atrasado (mais de uma semana). Escreva as notas e prima Entregar.</translation>
    </message>
    <message>
        <source>1 report owed. Write its notes and press Submit.</source>
        <translation>1 relatório a entregar. Escreva as notas e prima Entregar.</translation>
    </message>
    <message>
        <source>%1 reports owed, %2 of them overdue (more than a week late). Choose one, write its notes and press Submit.</source>
        <translation>%1 relatórios a entregar, %2 deles atrasados (mais de uma semana). Escolha um, escreva as notas e prima Entregar.</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Algo correu mal (%1); os detalhes estão no ficheiro de registo.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Não foi possível abrir a impressora.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Folha de presença</translation>
    </message>
    <message>
        <source>Attendance sheets for dates</source>
        <translation>Folhas de presença por datas</translation>
    </message>
    <message>
        <source>Tick-off template</source>
        <translation>Ficha de verificação</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformidade</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Only sessions &amp;between</source>
        <translation>Ape&amp;nas sessões entre</translation>
    </message>
    <message>
        <source>Limits the hours report and the exports to the sessions dated between these days</source>
        <translation>Limita o relatório de horas e as exportações às sessões com data entre estes dias</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Primeira data</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Última data</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>Each month</source>
        <translation>Cada mês</translation>
    </message>
    <message>
        <source>Each week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Whole programme only</source>
        <translation>Só o programa inteiro</translation>
    </message>
    <message>
        <source>A tick box per status</source>
        <translation>Uma caixa por estado</translation>
    </message>
    <message>
        <source>A column to sign</source>
        <translation>Uma coluna para assinar</translation>
    </message>
    <message>
        <source>Print what is recor&amp;ded</source>
        <translation>Imprimir o q&amp;ue foi registado</translation>
    </message>
    <message>
        <source>Tick the recorded marks, outcomes and session report instead of leaving them blank</source>
        <translation>Marcar as presenças, resultados e relatório de sessão registados em vez de os deixar em branco</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>Paisage&amp;m</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Relatório:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>Pro&amp;grama:</translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation>Sessã&amp;o:</translation>
    </message>
    <message>
        <source>P&amp;eriods:</source>
        <translation>Perío&amp;dos:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>Visuali&amp;zar</translation>
    </message>
    <message>
        <source>Build the preview again</source>
        <translation>Refazer a pré-visualização</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar em &amp;PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export to CSV or XLSX</source>
        <translation>Exportar para CSV ou XLSX</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>&amp;Presença…</translation>
    </message>
    <message>
        <source>&amp;Compliance…</source>
        <translation>&amp;Conformidade…</translation>
    </message>
    <message>
        <source>&amp;Hours…</source>
        <translation>&amp;Horas…</translation>
    </message>
    <message>
        <source>Every &amp;programme</source>
        <translation>Todos os pro&amp;gramas</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Progresso do relatório</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado do relatório</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>O que imprimir</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Pré-visualização do relatório</translation>
    </message>
    <message>
        <source>Choose a programme and a session to see a preview.</source>
        <translation>Escolha um programa e uma sessão para ver a pré-visualização.</translation>
    </message>
    <message>
        <source>There is no programme yet: create one in the Sessions tab.</source>
        <translation>Ainda não há nenhum programa: crie um no separador Sessões.</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>A ler os dados…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>A paginar…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>A enviar as páginas para a impressora…</translation>
    </message>
    <message>
        <source>1 page sent to the printer.</source>
        <translation>1 página enviada para a impressora.</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer.</source>
        <translation>%1 páginas enviadas para a impressora.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>A escrever o ficheiro…</translation>
    </message>
    <message>
        <source>Exported 1 line to %2.</source>
        <translation>1 linha exportada para %2.</translation>
    </message>
    <message>
        <source>Exported %1 lines to %2.</source>
        <translation>%1 linhas exportadas para %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimir relatório</translation>
    </message>
    <message>
        <source>The report could not be made (%1); details are in the log file.</source>
        <translation>Não foi possível fazer o relatório (%1); os detalhes estão no ficheiro de registo.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Pré-visualização pronta.</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>Re&amp;trato</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <source>The programmes could not be loaded; details are in the log file.</source>
        <translation>Não foi possível carregar os programas; os detalhes estão no ficheiro de registo.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar o relatório em PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar em PDF</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Livro do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>RollTableModel</name>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Não marcado</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Ainda não avaliado</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>No bom caminho</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Não conforme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Não inscrito</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taxa de presença</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>waiting for a place</source>
        <translation>à espera de vaga</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>ainda sem sessões</translation>
    </message>
    <message>
        <source>%1 missed in a row</source>
        <translation>%1 faltas seguidas</translation>
    </message>
    <message>
        <source>P present · L late · E excused · A absent · Delete clears</source>
        <translation>P presente · L atrasado · E justificado · A ausente · Delete apaga</translation>
    </message>
    <message>
        <source>Added at the door (walk-in)</source>
        <translation>Adicionado à porta (não inscrito)</translation>
    </message>
    <message>
        <source>%1 — the programme asks for %2 % attendance</source>
        <translation>%1 — o programa exige %2 % de presença</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Roster</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Choose a session in the Sessions tab, or press Ctrl+R (Take roll), to take its roll.</source>
        <translation>Escolha uma sessão no separador Sessões, ou prima Ctrl+R (Fazer a chamada), para fazer a sua chamada.</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Nenhuma sessão escolhida</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalhes da sessão</translation>
    </message>
    <message>
        <source>Roll counts</source>
        <translation>Contagens da chamada</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Roster pages</source>
        <translation>Páginas de participantes</translation>
    </message>
    <message>
        <source>Roll &amp;call</source>
        <translation>&amp;Chamada</translation>
    </message>
    <message>
        <source>E&amp;nrolment</source>
        <translation>&amp;Inscrição</translation>
    </message>
    <message>
        <source>Ou&amp;tcomes</source>
        <translation>Res&amp;ultados</translation>
    </message>
    <message>
        <source>Session re&amp;port</source>
        <translation>Relatório &amp;da sessão</translation>
    </message>
    <message>
        <source>Search the roll by name or ID</source>
        <translation>Procurar na chamada por nome ou ID</translation>
    </message>
    <message>
        <source>Search name or ID  ( / or Ctrl+F )</source>
        <translation>Procurar nome ou ID  ( / ou Ctrl+F )</translation>
    </message>
    <message>
        <source>Mark all present</source>
        <translation>Todos presentes</translation>
    </message>
    <message>
        <source>Mark everyone not marked yet present</source>
        <translation>Marcar como presentes todos os que ainda não têm marcação</translation>
    </message>
    <message>
        <source>Everyone not marked yet (Ctrl+Shift+P)</source>
        <translation>Todos os que ainda não têm marcação (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Mark the rest absent</source>
        <translation>Restantes ausentes</translation>
    </message>
    <message>
        <source>Mark everyone not marked yet absent</source>
        <translation>Marcar como ausentes todos os que ainda não têm marcação</translation>
    </message>
    <message>
        <source>Everyone not marked yet (Ctrl+Shift+A)</source>
        <translation>Todos os que ainda não têm marcação (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation>Desfazer a última marcação</translation>
    </message>
    <message>
        <source>Undo the last mark (Ctrl+Z)</source>
        <translation>Desfazer a última marcação (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Add walk-in…</source>
        <translation>Adicionar não inscrito…</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Adicionar um não inscrito</translation>
    </message>
    <message>
        <source>Someone at the door (+ or Ctrl+Shift+N)</source>
        <translation>Alguém à porta (+ ou Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Importar lista…</translation>
    </message>
    <message>
        <source>Import a roster file</source>
        <translation>Importar um ficheiro de lista</translation>
    </message>
    <message>
        <source>CSV or XLSX file (Ctrl+I)</source>
        <translation>Ficheiro CSV ou XLSX (Ctrl+I)</translation>
    </message>
    <message>
        <source>Read pape&amp;r sheets…</source>
        <translation>&amp;Ler folhas em papel…</translation>
    </message>
    <message>
        <source>Read ticked attendance sheets back in</source>
        <translation>Ler de volta as folhas de presença marcadas</translation>
    </message>
    <message>
        <source>Scans or photos of printed tick sheets</source>
        <translation>Digitalizações ou fotos de folhas de presença impressas</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>P present, L late, E excused, A absent, Delete clears; arrows move; Ctrl+Z undoes; slash searches</source>
        <translation>P presente, L atrasado, E justificado, A ausente, Delete apaga; as setas movem; Ctrl+Z desfaz; a barra procura</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;E&lt;/b&gt; excused · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Del&lt;/b&gt; clear · &lt;b&gt;↑ ↓ Enter&lt;/b&gt; move · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo · &lt;b&gt;/&lt;/b&gt; search · &lt;b&gt;+&lt;/b&gt; walk-in</source>
        <translation>&lt;b&gt;P&lt;/b&gt; presente · &lt;b&gt;L&lt;/b&gt; atrasado · &lt;b&gt;E&lt;/b&gt; justificado · &lt;b&gt;A&lt;/b&gt; ausente · &lt;b&gt;Del&lt;/b&gt; apagar · &lt;b&gt;↑ ↓ Enter&lt;/b&gt; mover · &lt;b&gt;Ctrl+Z&lt;/b&gt; desfazer · &lt;b&gt;/&lt;/b&gt; procurar · &lt;b&gt;+&lt;/b&gt; não inscrito</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Undo the last change on this tab</source>
        <translation>Desfazer a última alteração neste separador</translation>
    </message>
    <message>
        <source>Find a person on the roll</source>
        <translation>Procurar uma pessoa na chamada</translation>
    </message>
    <message>
        <source>Mark everyone present</source>
        <translation>Marcar todos como presentes</translation>
    </message>
    <message>
        <source>Show the current person&apos;s mark history</source>
        <translation>Ver o histórico da marcação da pessoa atual</translation>
    </message>
    <message>
        <source>Reload the roll</source>
        <translation>Recarregar a chamada</translation>
    </message>
    <message>
        <source>Attendance rates could not be worked out</source>
        <translation>Não foi possível calcular as taxas de presença</translation>
    </message>
    <message>
        <source>The roll could not be read</source>
        <translation>Não foi possível ler a chamada</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>This session was cancelled%1; its roll cannot be taken.</source>
        <translation>Esta sessão foi cancelada%1; não é possível fazer a chamada.</translation>
    </message>
    <message>
        <source>Recorded as not held (%1); its roll cannot be taken.</source>
        <translation>Registada como não realizada (%1); não é possível fazer a chamada.</translation>
    </message>
    <message>
        <source>This session has not started yet; roll can be taken from one hour before it starts.</source>
        <translation>Esta sessão ainda não começou; a chamada pode ser feita a partir de uma hora antes do início.</translation>
    </message>
    <message>
        <source>Nobody is on this roll yet: import a roster (Ctrl+I), enrol people (Enrolment page) or add a walk-in (+).</source>
        <translation>Ainda não há ninguém nesta chamada: importe uma lista (Ctrl+I), inscreva pessoas (página Inscrição) ou adicione um não inscrito (+).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the roll</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; na chamada</translation>
    </message>
    <message>
        <source>%1 present</source>
        <comment>one</comment>
        <translation>%1 presente</translation>
    </message>
    <message>
        <source>%1 present</source>
        <comment>many</comment>
        <translation>%1 presentes</translation>
    </message>
    <message>
        <source>%1 late</source>
        <comment>one</comment>
        <translation>%1 atrasado</translation>
    </message>
    <message>
        <source>%1 late</source>
        <comment>many</comment>
        <translation>%1 atrasados</translation>
    </message>
    <message>
        <source>%1 excused</source>
        <comment>one</comment>
        <translation>%1 justificado</translation>
    </message>
    <message>
        <source>%1 excused</source>
        <comment>many</comment>
        <translation>%1 justificados</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <comment>one</comment>
        <translation>%1 ausente</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <comment>many</comment>
        <translation>%1 ausentes</translation>
    </message>
    <message>
        <source>%1 not marked</source>
        <comment>one</comment>
        <translation>%1 não marcado</translation>
    </message>
    <message>
        <source>%1 not marked</source>
        <comment>many</comment>
        <translation>%1 não marcados</translation>
    </message>
    <message>
        <source>mark of %1</source>
        <translation>marcação de %1</translation>
    </message>
    <message>
        <source>The mark was not saved</source>
        <translation>A marcação não foi guardada</translation>
    </message>
    <message>
        <source>“%1” for everyone not marked</source>
        <translation>“%1” para todos os que não têm marcação</translation>
    </message>
    <message>
        <source>Nobody is left unmarked.</source>
        <translation>Já não há ninguém sem marcação.</translation>
    </message>
    <message>
        <source>Marked %1 people %2. Ctrl+Z undoes this.</source>
        <translation>%1 pessoas marcadas como %2. Ctrl+Z desfaz isto.</translation>
    </message>
    <message>
        <source>Nothing was marked</source>
        <translation>Nada foi marcado</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>Nada para desfazer nesta página.</translation>
    </message>
    <message>
        <source>Nothing to undo on this roll since it was opened.</source>
        <translation>Nada para desfazer nesta chamada desde que foi aberta.</translation>
    </message>
    <message>
        <source>Undone: %1 is no longer on this roll.</source>
        <translation>Desfeito: %1 já não está nesta chamada.</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Não foi possível desfazer</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada para desfazer.</translation>
    </message>
    <message>
        <source>Undone: %1 is %2 again.</source>
        <translation>Desfeito: %1 volta a estar %2.</translation>
    </message>
    <message>
        <source>Undone: %1 marks.</source>
        <translation>Desfeito: %1 marcações.</translation>
    </message>
    <message>
        <source>The mark history could not be read</source>
        <translation>Não foi possível ler o histórico da marcação</translation>
    </message>
    <message>
        <source>walk-in %1</source>
        <translation>não inscrito %1</translation>
    </message>
    <message>
        <source>%1 is marked %2 for this session and waits for a place (the programme has none free).</source>
        <translation>%1 está marcado(a) %2 nesta sessão e espera por uma vaga (o programa não tem nenhuma livre).</translation>
    </message>
    <message>
        <source>%1 added as a walk-in and marked %2.</source>
        <translation>%1 adicionado(a) como não inscrito(a) e marcado(a) %2.</translation>
    </message>
    <message>
        <source>%1 is on the roll and marked %2.</source>
        <translation>%1 está na chamada e marcado(a) %2.</translation>
    </message>
    <message>
        <source>The walk-in was not added</source>
        <translation>O não inscrito não foi adicionado</translation>
    </message>
</context>
<context>
    <name>SessionReportForm</name>
    <message>
        <source>Session report</source>
        <translation>Relatório da sessão</translation>
    </message>
    <message>
        <source>The session was he&amp;ld</source>
        <translation>A sessão foi rea&amp;lizada</translation>
    </message>
    <message>
        <source>The session was held</source>
        <translation>A sessão foi realizada</translation>
    </message>
    <message>
        <source>It &amp;did not happen</source>
        <translation>&amp;Não aconteceu</translation>
    </message>
    <message>
        <source>The session did not happen</source>
        <translation>A sessão não aconteceu</translation>
    </message>
    <message>
        <source>Why it did not happen</source>
        <translation>Porque não aconteceu</translation>
    </message>
    <message>
        <source>Why, e.g. flooding on the road</source>
        <translation>Porquê, ex.: estrada inundada</translation>
    </message>
    <message>
        <source>Topics covered (Space ticks)</source>
        <translation>Temas tratados (Space marca)</translation>
    </message>
    <message>
        <source>Other topics covered</source>
        <translation>Outros temas tratados</translation>
    </message>
    <message>
        <source>Other topics, separated by commas</source>
        <translation>Outros temas, separados por vírgulas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What happened, what to follow up</source>
        <translation>O que aconteceu, o que acompanhar</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sessão:</translation>
    </message>
    <message>
        <source>Top&amp;ics covered:</source>
        <translation>Temas &amp;tratados:</translation>
    </message>
    <message>
        <source>Other top&amp;ics:</source>
        <translation>Outros te&amp;mas:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Facilit&amp;ator:</source>
        <translation>&amp;Facilitador:</translation>
    </message>
    <message>
        <source>Save &amp;report</source>
        <translation>&amp;Guardar relatório</translation>
    </message>
    <message>
        <source>Save the session report</source>
        <translation>Guardar o relatório da sessão</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>Estado do relatório</translation>
    </message>
    <message>
        <source>This session was cancelled; there is nothing to report.</source>
        <translation>Esta sessão foi cancelada; não há nada a relatar.</translation>
    </message>
    <message>
        <source>The report can be written once the session has started.</source>
        <translation>O relatório pode ser escrito depois de a sessão começar.</translation>
    </message>
    <message>
        <source>No report yet.</source>
        <translation>Ainda sem relatório.</translation>
    </message>
    <message>
        <source>Saved %1 by %2.</source>
        <translation>Guardado %1 por %2.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Say why the session did not happen.</source>
        <translation>Diga porque a sessão não aconteceu.</translation>
    </message>
    <message>
        <source>Saved automatically at %1.</source>
        <translation>Guardado automaticamente às %1.</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>Relatório guardado.</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Algo correu mal; os detalhes estão no registo.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Roll incomplete (%1 of %2)</source>
        <translation>Chamada incompleta (%1 de %2)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Roll taken</source>
        <translation>Chamada feita</translation>
    </message>
    <message>
        <source>Roll missing</source>
        <translation>Chamada em falta</translation>
    </message>
    <message>
        <source>Roll incomplete</source>
        <translation>Chamada incompleta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Didn&apos;t happen</source>
        <translation>Não aconteceu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 of %2 marked</source>
        <translation>%1 de %2 marcados</translation>
    </message>
    <message>
        <source>%1 booked</source>
        <translation>%1 inscritos</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitador: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
    <message>
        <source>Didn&apos;t happen: %1</source>
        <translation>Não aconteceu: %1</translation>
    </message>
    <message>
        <source>This session has ended and no one is marked yet.</source>
        <translation>Esta sessão terminou e ainda ninguém tem marcação.</translation>
    </message>
    <message>
        <source>This session has ended and %1 of the %2 people on its roll have no mark yet.</source>
        <translation>Esta sessão terminou e %1 das %2 pessoas da sua chamada ainda não têm marcação.</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>P&amp;rogrammes</source>
        <translation>P&amp;rogramas</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Selected programme</source>
        <translation>Programa selecionado</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>Create a new programme</source>
        <translation>Criar um programa novo</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected programme</source>
        <translation>Editar o programa selecionado</translation>
    </message>
    <message>
        <source>Ctrl+E, or Enter on the programme</source>
        <translation>Ctrl+E, ou Enter sobre o programa</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Remove the selected programme</source>
        <translation>Remover o programa selecionado</translation>
    </message>
    <message>
        <source>Delete key in the list. Deleted when nothing was recorded in it, else archived.</source>
        <translation>Tecla Delete na lista. Apagado se nada foi registado nele; senão, arquivado.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Próximas</translation>
    </message>
    <message>
        <source>Roll &amp;missing</source>
        <translation>Chamada em &amp;falta</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>Passa&amp;das</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>&amp;Canceladas</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas as sessões</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sessões de hoje</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Próximas sessões</translation>
    </message>
    <message>
        <source>Sessions with the roll missing</source>
        <translation>Sessões com a chamada em falta</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sessões passadas</translation>
    </message>
    <message>
        <source>Cancelled sessions</source>
        <translation>Sessões canceladas</translation>
    </message>
    <message>
        <source>Number of sessions shown</source>
        <translation>Número de sessões mostradas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Sessão selecionada</translation>
    </message>
    <message>
        <source>&amp;Open roll</source>
        <translation>Abr&amp;ir chamada</translation>
    </message>
    <message>
        <source>Open the roll of the selected session</source>
        <translation>Abrir a chamada da sessão selecionada</translation>
    </message>
    <message>
        <source>Cance&amp;l session…</source>
        <translation>Cance&amp;lar sessão…</translation>
    </message>
    <message>
        <source>Cancel the selected session, with a reason</source>
        <translation>Cancelar a sessão selecionada, com um motivo</translation>
    </message>
    <message>
        <source>&amp;Didn&apos;t happen…</source>
        <translation>Nã&amp;o aconteceu…</translation>
    </message>
    <message>
        <source>Record that the selected session did not happen, with a reason</source>
        <translation>Registar que a sessão selecionada não aconteceu, com um motivo</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>Resta&amp;belecer</translation>
    </message>
    <message>
        <source>Make the selected cancelled session count again</source>
        <translation>Fazer a sessão cancelada selecionada contar de novo</translation>
    </message>
    <message>
        <source>Reports owed</source>
        <translation>Relatórios a entregar</translation>
    </message>
    <message>
        <source>Reports o&amp;wed…</source>
        <translation>Relatórios a entre&amp;gar…</translation>
    </message>
    <message>
        <source>List the reports owed and write them</source>
        <translation>Listar os relatórios a entregar e escrevê-los</translation>
    </message>
    <message>
        <source>Report submitted.</source>
        <translation>Relatório entregue.</translation>
    </message>
    <message>
        <source>Choose a programme to edit.</source>
        <translation>Escolha um programa para editar.</translation>
    </message>
    <message>
        <source>Choose a programme to remove.</source>
        <translation>Escolha um programa para remover.</translation>
    </message>
    <message>
        <source>Delete the programme “%1” with its %2 and %3? Nothing was recorded in it. It is also deleted from the server at the next sync; this cannot be undone.</source>
        <translation>Apagar o programa “%1” com as suas %2 e %3? Nada foi registado nele. Também será apagado do servidor na próxima sincronização; isto não pode ser desfeito.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sessão</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessões</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 inscrição</translation>
    </message>
    <message>
        <source>%1 bookings</source>
        <translation>%1 inscrições</translation>
    </message>
    <message>
        <source>&amp;Delete programme</source>
        <translation>&amp;Apagar programa</translation>
    </message>
    <message>
        <source>“%1” has %2 (marks, ticks or reports), so it cannot be deleted. Archive it? It leaves the lists; every record is kept for the reports.</source>
        <translation>“%1” tem %2 (marcações, verificações ou relatórios), por isso não pode ser apagado. Arquivá-lo? Sai das listas; todos os registos são mantidos para os relatórios.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registo</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registos</translation>
    </message>
    <message>
        <source>&amp;Archive programme</source>
        <translation>A&amp;rquivar programa</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>Remover programa</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” foi apagado.</translation>
    </message>
    <message>
        <source>“%1” was archived; its records are kept.</source>
        <translation>“%1” foi arquivado; os seus registos são mantidos.</translation>
    </message>
    <message>
        <source>No session today. Choose one in the Sessions tab and press Enter.</source>
        <translation>Nenhuma sessão hoje. Escolha uma no separador Sessões e prima Enter.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Cancelar sessão</translation>
    </message>
    <message>
        <source>Why is this session cancelled?</source>
        <translation>Porque é que esta sessão foi cancelada?</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancelar a sessão</translation>
    </message>
    <message>
        <source>Session did not happen</source>
        <translation>A sessão não aconteceu</translation>
    </message>
    <message>
        <source>Why did this session not happen?</source>
        <translation>Porque é que esta sessão não aconteceu?</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Registar</translation>
    </message>
    <message>
        <source>%1 counts again.</source>
        <translation>%1 volta a contar.</translation>
    </message>
    <message>
        <source>Its 1 attendance mark is kept but stops counting; Reinstate makes it count again.</source>
        <translation>A sua 1 marcação de presença é mantida mas deixa de contar; Restabelecer fá-la contar de novo.</translation>
    </message>
    <message>
        <source>Its %1 attendance marks are kept but stop counting; Reinstate makes them count again.</source>
        <translation>As suas %1 marcações de presença são mantidas mas deixam de contar; Restabelecer fá-las contar de novo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No reports owed.</source>
        <translation>Nenhum relatório a entregar.</translation>
    </message>
    <message>
        <source>Reports owed: %1 overdue, %2 due.</source>
        <translation>Relatórios a entregar: %1 atrasados, %2 a entregar.</translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation>Não foi possível carregar as sessões: %1</translation>
    </message>
    <message>
        <source>The reports owed could not be counted: %1</source>
        <translation>Não foi possível contar os relatórios pendentes: %1</translation>
    </message>
    <message>
        <source>fieldsessions</source>
        <translation>fieldsessions</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Algo correu mal (%1); os detalhes estão no ficheiro de registo.</translation>
    </message>
    <message>
        <source>No programme yet. Press New… (Alt+N, or Ctrl+N anywhere) to create one; its sessions are listed here.</source>
        <translation>Ainda não há programas. Prima Novo… (Alt+N, ou Ctrl+N em qualquer lado) para criar um; as suas sessões aparecem aqui.</translation>
    </message>
    <message>
        <source>No sessions in this programme. Edit it (Ctrl+E) to set its dates.</source>
        <translation>Não há sessões neste programa. Edite-o (Ctrl+E) para definir as datas.</translation>
    </message>
    <message>
        <source>No session today. Show Upcoming (Alt+U) to see what comes next.</source>
        <translation>Nenhuma sessão hoje. Mostre Próximas (Alt+P) para ver o que vem a seguir.</translation>
    </message>
    <message>
        <source>No session to come. Edit the programme (Ctrl+E) to add dates, or show All (Alt+A).</source>
        <translation>Nenhuma sessão por vir. Edite o programa (Ctrl+E) para adicionar datas, ou mostre Todas (Alt+T).</translation>
    </message>
    <message>
        <source>No roll is missing: every session that has ended has its roll taken.</source>
        <translation>Nenhuma chamada em falta: todas as sessões que terminaram têm a chamada feita.</translation>
    </message>
    <message>
        <source>No session has ended yet. Show Upcoming (Alt+U).</source>
        <translation>Ainda nenhuma sessão terminou. Mostre Próximas (Alt+P).</translation>
    </message>
    <message>
        <source>No session is cancelled.</source>
        <translation>Nenhuma sessão está cancelada.</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>1 programa</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1 programas</translation>
    </message>
    <message>
        <source>%1 at %2 for %3 min (%4)</source>
        <translation>%1 às %2 durante %3 min (%4)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>a partir de %1</translation>
    </message>
    <message>
        <source>%1% attendance required</source>
        <translation>%1% de presença exigida</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 vaga</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 vagas</translation>
    </message>
    <message>
        <source>Choose a session, then press Enter to open its roll.</source>
        <translation>Escolha uma sessão e prima Enter para abrir a sua chamada.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Save the settings</source>
        <translation>Guardar as configurações</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fechar sem guardar</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <source>The settings could not be saved (%1). Details are in the log file.</source>
        <translation>Não foi possível guardar as configurações (%1). Os detalhes estão no ficheiro de registo.</translation>
    </message>
    <message>
        <source>No file manager could be opened; the folder is %1</source>
        <translation>Não foi possível abrir nenhum gestor de ficheiros; a pasta é %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Facilitator name:</source>
        <translation>Nome do &amp;facilitador:</translation>
    </message>
    <message>
        <source>Facilitator name</source>
        <translation>Nome do facilitador</translation>
    </message>
    <message>
        <source>Your name, as it appears on marks and reports</source>
        <translation>O seu nome, tal como aparece nas marcações e nos relatórios</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Nome do &amp;computador:</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome do computador</translation>
    </message>
    <message>
        <source>e.g. Field laptop 2</source>
        <translation>ex.: Portátil de campo 2</translation>
    </message>
    <message>
        <source>Data &amp;file:</source>
        <translation>&amp;Ficheiro de dados:</translation>
    </message>
    <message>
        <source>Where the data file lives</source>
        <translation>Onde fica o ficheiro de dados</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir a &amp;pasta</translation>
    </message>
    <message>
        <source>Open the folder of the data file</source>
        <translation>Abrir a pasta do ficheiro de dados</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language is used the next time fieldsessions starts.</source>
        <translation>O novo idioma é usado na próxima vez que o fieldsessions iniciar.</translation>
    </message>
    <message>
        <source>Problem to fix before saving</source>
        <translation>Problema a corrigir antes de guardar</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every key the window answers to. Roll call needs only the keyboard: P, L, E or A marks the person and moves on.</source>
        <translation>Todas as teclas a que a janela responde. A chamada só precisa do teclado: P, L, E ou A marca a pessoa e passa à seguinte.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>No connection to the server at %1. Check the address and the network, then press Enter to try again.</source>
        <translation>Sem ligação ao servidor em %1. Verifique o endereço e a rede e prima Enter para tentar de novo.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>A ligar ao servidor…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign in once to the sync server; the password is not kept, only a token for this laptop.</source>
        <translation>Entre uma vez no servidor de sincronização; a palavra-passe não é guardada, só um código de acesso para este computador.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;utilizador:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avançado</translation>
    </message>
    <message>
        <source>only when your administrator gives you one</source>
        <translation>só quando o seu administrador lhe der um</translation>
    </message>
    <message>
        <source>Server certificate file</source>
        <translation>Ficheiro de certificado do servidor</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Server &amp;certificate file:</source>
        <translation>Ficheiro de &amp;certificado do servidor:</translation>
    </message>
    <message>
        <source>Sign in and sync</source>
        <translation>Entrar e sincronizar</translation>
    </message>
    <message>
        <source>Sync receipt</source>
        <translation>Recibo da sincronização</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>&amp;Registo de sincronização…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>A enviar as alterações…</translation>
    </message>
    <message>
        <source>{0} of {1} sent</source>
        <translation>{0} de {1} enviadas</translation>
    </message>
    <message>
        <source>Getting the latest from the server…</source>
        <translation>A receber as novidades do servidor…</translation>
    </message>
    <message>
        <source>{0} sent · {1} received</source>
        <translation>{0} enviadas · {1} recebidas</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent so far is safe.</source>
        <translation>Sincronização cancelada. O que já foi enviado está seguro.</translation>
    </message>
    <message>
        <source>Sync complete, but 1 received change waits on this laptop (listed below).</source>
        <translation>Sincronização concluída, mas 1 alteração recebida está à espera neste computador (ver abaixo).</translation>
    </message>
    <message>
        <source>Sync complete, but %1 received changes wait on this laptop (listed below).</source>
        <translation>Sincronização concluída, mas %1 alterações recebidas estão à espera neste computador (ver abaixo).</translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation>Sincronização concluída.</translation>
    </message>
    <message>
        <source>Sync complete, but some changes wait for records the server does not have yet; they go with the next sync.</source>
        <translation>Sincronização concluída, mas algumas alterações esperam por registos que o servidor ainda não tem; seguem na próxima sincronização.</translation>
    </message>
    <message>
        <source>Sync complete, but the server refused some changes.</source>
        <translation>Sincronização concluída, mas o servidor recusou algumas alterações.</translation>
    </message>
    <message>
        <source>Your changes are safe on this laptop and will be sent next time.</source>
        <translation>As suas alterações estão seguras neste computador e serão enviadas da próxima vez.</translation>
    </message>
    <message>
        <source>Nothing on this laptop is waiting to be sent.</source>
        <translation>Nada neste computador está à espera de ser enviado.</translation>
    </message>
    <message>
        <source>Your 1 change is safe on this laptop and will be sent next time.</source>
        <translation>A sua alteração está segura neste computador e será enviada da próxima vez.</translation>
    </message>
    <message>
        <source>Your %1 changes are safe on this laptop and will be sent next time.</source>
        <translation>As suas %1 alterações estão seguras neste computador e serão enviadas da próxima vez.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be checked. Ask your administrator for its certificate file and choose it under Advanced when signing in.</source>
        <translation>Não foi possível verificar a identidade do servidor. Peça ao seu administrador o ficheiro de certificado e escolha-o em Avançado ao entrar.</translation>
    </message>
    <message>
        <source>No connection to the server.</source>
        <translation>Sem ligação ao servidor.</translation>
    </message>
    <message>
        <source>The network answered instead of the server (a Wi-Fi sign-in page?). Open a web page to sign in to the network, then sync again.</source>
        <translation>A rede respondeu em vez do servidor (uma página de entrada do Wi-Fi?). Abra uma página web para entrar na rede e sincronize de novo.</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s sign-in; sign in again.</source>
        <translation>O servidor não aceitou a entrada deste computador; entre de novo.</translation>
    </message>
    <message>
        <source>The server did not take the changes this time.</source>
        <translation>O servidor não aceitou as alterações desta vez.</translation>
    </message>
    <message>
        <source>Fill in the server, your user name and your password.</source>
        <translation>Preencha o servidor, o seu nome de utilizador e a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>A entrar…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos os ficheiros (*)</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Registo de sincronização</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceites</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitadas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>1 received change waiting</source>
        <translation>1 alteração recebida à espera</translation>
    </message>
    <message>
        <source>%1 received changes waiting</source>
        <translation>%1 alterações recebidas à espera</translation>
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
        <translation>Adicionar um não inscrito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>ID (optional)</source>
        <translation>ID (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefone (opcional)</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Marcar como</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>&amp;Mark as:</source>
        <translation>&amp;Marcar como:</translation>
    </message>
    <message>
        <source>Already registered? Press Down and Enter to pick the person instead:</source>
        <translation>Já está registado? Prima Down e Enter para escolher a pessoa:</translation>
    </message>
    <message>
        <source>People with a similar name</source>
        <translation>Pessoas com nome parecido</translation>
    </message>
    <message>
        <source>&amp;Book a place anyway (none is free now)</source>
        <translation>&amp;Reservar uma vaga mesmo assim (não há nenhuma livre)</translation>
    </message>
    <message>
        <source>Book a place although none is free</source>
        <translation>Reservar uma vaga mesmo sem nenhuma livre</translation>
    </message>
    <message>
        <source>The programme is full or people are waiting. Unticked, the walk-in is marked for this session and joins the end of the waitlist.</source>
        <translation>O programa está cheio ou há pessoas à espera. Se não marcar, o não inscrito fica marcado nesta sessão e entra no fim da lista de espera.</translation>
    </message>
    <message>
        <source>&amp;Add walk-in</source>
        <translation>&amp;Adicionar não inscrito</translation>
    </message>
    <message>
        <source>Add as a new walk-in</source>
        <translation>Adicionar como novo não inscrito</translation>
    </message>
    <message>
        <source>&amp;Use selected person</source>
        <translation>&amp;Usar a pessoa selecionada</translation>
    </message>
    <message>
        <source>Use the selected existing person</source>
        <translation>Usar a pessoa existente selecionada</translation>
    </message>
    <message>
        <source>same ID</source>
        <translation>mesmo ID</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mesmo telefone</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nome parecido</translation>
    </message>
    <message>
        <source>This may be someone already registered. Enter picks the highlighted person; to register a different person, press &quot;Add as a new person&quot;.</source>
        <translation>Pode ser alguém já registado. Enter escolhe a pessoa destacada; para registar outra pessoa, prima “Adicionar como nova pessoa”.</translation>
    </message>
    <message>
        <source>Add as a ne&amp;w person</source>
        <translation>Adicionar como no&amp;va pessoa</translation>
    </message>
    <message>
        <source>Type the person&apos;s name first.</source>
        <translation>Escreva primeiro o nome da pessoa.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bem-vindo</translation>
    </message>
    <message>
        <source>Welcome to fieldsessions</source>
        <translation>Bem-vindo ao fieldsessions</translation>
    </message>
    <message>
        <source>Your data file is empty. Everything you record is kept on this laptop and works without a connection; Sync sends it to your organisation when you have one.</source>
        <translation>O seu ficheiro de dados está vazio. Tudo o que registar fica neste computador e funciona sem ligação; Sincronizar envia-o para a sua organização quando houver ligação.</translation>
    </message>
    <message>
        <source>&amp;Create a programme</source>
        <translation>&amp;Criar um programa</translation>
    </message>
    <message>
        <source>Create a programme</source>
        <translation>Criar um programa</translation>
    </message>
    <message>
        <source>Set its schedule; the sessions are created for you.</source>
        <translation>Defina o calendário; as sessões são criadas para si.</translation>
    </message>
    <message>
        <source>&amp;Import a roster</source>
        <translation>&amp;Importar uma lista</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar uma lista de participantes</translation>
    </message>
    <message>
        <source>Bring participants in from a CSV or Excel file.</source>
        <translation>Traga participantes de um ficheiro CSV ou Excel.</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>Abrir os dados de de&amp;monstração</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Abrir os dados de demonstração</translation>
    </message>
    <message>
        <source>Four sample programmes with 150 participants, to try things out first.</source>
        <translation>Quatro programas de exemplo com 150 participantes, para experimentar primeiro.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>run_app</name>
    <message>
        <source>Created a new, empty data file at {0} (there was none there); if you meant another file, open that one instead.</source>
        <translation>Foi criado um novo ficheiro de dados vazio em {0} (não havia nenhum); se queria outro ficheiro, abra esse.</translation>
    </message>
</context>
</TS>
