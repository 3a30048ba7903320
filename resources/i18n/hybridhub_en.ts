<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BatchesModel</name>
    <message numerus="yes">
        <source>%n problem line(s) were reported</source>
        <translation>
            <numerusform>%n problem line was reported</numerusform>
            <numerusform>%n problem lines were reported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <source> (first %n records)</source>
        <translation>
            <numerusform> (first record)</numerusform>
            <numerusform> (first %n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message numerus="yes">
        <source>%n voices</source>
        <translation>
            <numerusform>%n voice</numerusform>
            <numerusform>%n voices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>through %n channel(s)</source>
        <translation>
            <numerusform>through %n channel</numerusform>
            <numerusform>through %n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named people</source>
        <translation>
            <numerusform>%n named person</numerusform>
            <numerusform>%n named people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voices in notes</source>
        <translation>
            <numerusform>%n voice in notes</numerusform>
            <numerusform>%n voices in notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a name</source>
        <translation>
            <numerusform>%n without a name</numerusform>
            <numerusform>%n without a name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more came without contributing</source>
        <translation>
            <numerusform>and %n more came without contributing</numerusform>
            <numerusform>and %n more came without contributing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message numerus="yes">
        <source>, %n suggested</source>
        <translation>
            <numerusform>, %n suggested</numerusform>
            <numerusform>, %n suggested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n with &apos;%1&apos;</source>
        <translation>
            <numerusform>Coded %n with &apos;%1&apos;</numerusform>
            <numerusform>Coded %n with &apos;%1&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed &apos;%1&apos; from %n</source>
        <translation>
            <numerusform>Removed &apos;%1&apos; from %n</numerusform>
            <numerusform>Removed &apos;%1&apos; from %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s)</source>
        <translation>
            <numerusform>%n new suggestion</numerusform>
            <numerusform>%n new suggestions</numerusform>
        </translation>
    </message>
</context>
</TS>
