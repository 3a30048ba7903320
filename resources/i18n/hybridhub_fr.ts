<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="77"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="79"/>
        <source>What the workshop is, when and where, and why it is held. Reports open with this purpose statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="98"/>
        <source>e.g. Living well with MS: community services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="99"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="103"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="106"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="108"/>
        <source>Room and address, and the online link&apos;s name if hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="109"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="118"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="126"/>
        <source>other codes, e.g. ar, pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="128"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="133"/>
        <source>Purpose statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="134"/>
        <source>Three short answers that tell a decision-maker what this consultation is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="139"/>
        <source>Whose voices: who is invited, who it affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="140"/>
        <source>What is being decided or asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="141"/>
        <source>Why now, and what happens with the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="142"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="143"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="144"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="149"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="151"/>
        <source>Agenda items, breakouts or tables. Imported messages and notes fall into the session whose time they fall in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="171"/>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="172"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="173"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="174"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="184"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="185"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="275"/>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="291"/>
        <source>All changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/event_page.py" line="291"/>
        <source>Unsaved changes — Ctrl+S saves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="119"/>
        <source>Workspace: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="124"/>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="125"/>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="126"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="130"/>
        <source>Open &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="133"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="134"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="136"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="139"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="140"/>
        <source>&amp;About HybridHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="162"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="169"/>
        <source>About HybridHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="171"/>
        <source>HybridHub {0}

Capture the room, import the online discussion, and report so that every voice counts, offline as much as online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="178"/>
        <location filename="../../hybridhub/ui/main_window.py" line="183"/>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="183"/>
        <source>Title of the event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/main_window.py" line="194"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="45"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="49"/>
        <source>people took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="50"/>
        <source>took part offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="51"/>
        <source>took part online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="52"/>
        <source>contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="53"/>
        <source>check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="54"/>
        <source>paper sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="72"/>
        <source>Contributions by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="73"/>
        <source>Red: offline channels (room, paper, SMS). Blue: online channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="95"/>
        <source>{0} only offline · {1} only online · {2} both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="100"/>
        <source>in the room, on paper or by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="102"/>
        <source>chat, video meetings, forms, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="104"/>
        <source>through {0} channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="106"/>
        <source>door scans and online attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/pages/overview_page.py" line="109"/>
        <source>{0} captured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../hybridhub/ui/widgets/progress_panel.py" line="18"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/widgets/progress_panel.py" line="48"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../hybridhub/ui/models/sessions_model.py" line="71"/>
        <source>in-person, online or hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridhub/ui/models/sessions_model.py" line="113"/>
        <source>Session {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
