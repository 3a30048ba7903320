"""WhatsApp's own words in a chat export, in the languages it ships most (en, fr, de, es, it, pt, nl):
notices (encryption, group created, subject changed, security code, missed call …), media placeholders,
'message deleted' and 'message edited' markers.

Notices are recognised by their text, whatever stands before the colon: iOS writes them as
`[date] Group Name: ‎Ana added Ben`, a 1:1 chat as `[date] Other Person: Messages and calls are
end-to-end encrypted…`, and a file re-saved by an editor has lost the U+200E mark that would tell.
Unambiguous notices count whoever stands before the colon; membership lines ("X added Y", "X left")
would also match what people write, so they count only from an author who has already written a
notice (the group's own name), see `WhatsAppImporter`.

Speed matters (a chat has millions of lines): a notice is short and one line, and carries at least
one word of `NOTICE_WORDS`, so one set lookup screens out ordinary messages before any pattern runs.
"""

from __future__ import annotations

import re

NOTICE_MAX = 400  # characters; WhatsApp's longest notice (the encryption one) is about 200

# At least one of these, lowercased and split on spaces and dots, is in every notice `_NOTICE` knows.
_WORDS = """
    end-to-end encrypted encryption created invite subject icon description security phone admin missed
    waiting disappearing pinned settings
    bout chiffrés chiffrement créé lien sujet nom photo l'icône l’icône sécurité numéro manqué attente
    ende-zu-ende-verschlüsselt verschlüsselt erstellt einladungslink betreff gruppenbild
    gruppenbeschreibung gruppennamen sicherheitsnummer telefonnummer nummer verpasster sprachanruf
    videoanruf warte
    extremo creó creaste enlace asunto nombre ícono icono imagen descripción seguridad número perdida
    esperando videollamada
    end-to-end creato link l'oggetto l’oggetto nome l'immagine descrizione sicurezza numero persa
    videochiamata attesa amministratore
    ponta criou assunto imagem descrição segurança perdida aguardando
    versleuteld aangemaakt uitnodigingslink onderwerp groepsnaam afbeelding groepsbeschrijving
    groepsafbeelding
    beveiligingscode telefoonnummer gemiste spraakoproep video-oproep wachten beheerder
"""
NOTICE_WORDS = frozenset(_WORDS.split())
_Q = "[\"“”«„'‘]"  # WhatsApp quotes a subject or group name with straight or typographic quotes

_NOTICE = re.compile(
    "|".join(
        (
            # en
            r"end-to-end encrypt",
            r"\bcreated (?:the |this )?group\b",
            r"\bjoined using (?:this group's|this group’s|your|an) invite link",
            rf"\bchanged the (?:subject|group name) (?:from|to) {_Q}",
            r"\b(?:changed|deleted) (?:this group's|this group’s|the group) (?:icon|description|settings)",
            r"\bsecurity code\b.{0,80}\bchanged",
            r"\bchanged their phone number",
            r"^(?:you're|you are) now an admin",
            r"^missed (?:voice |video |group )*call",
            r"^waiting for this message",
            r"\bturned (?:on|off) disappearing messages",
            r"\bpinned a message$",
            # fr
            r"chiffr(?:és|ées|ement) de bout en bout",
            r"\b(?:a|avez) créé (?:le |ce )?groupe",
            r"\ba rejoint (?:via|en utilisant|à l'aide|avec) (?:le |du )?lien d['’]invitation",
            rf"\ba (?:changé|modifié) le (?:sujet|nom du groupe) (?:de |en |pour |à )?{_Q}",
            r"\ba (?:changé|modifié|supprimé) (?:l['’]icône|la photo|la description) (?:de ce|du) groupe",
            r"\bcode de sécurité\b.{0,80}\ba changé",
            r"\ba changé (?:son|de) numéro",
            r"^appel (?:vocal |vidéo |de groupe )*manqué",
            r"^en attente de ce message",
            r"^vous êtes (?:maintenant |désormais )?admin",
            # de
            r"ende-zu-ende-verschlüssel",
            r"\b(?:hat|hast) (?:die |diese )?gruppe\b.{0,120}\berstellt$",
            r"\beinladungslink\b.{0,40}\bbeigetreten",
            rf"\b(?:hat|hast) den (?:betreff|gruppennamen) (?:von |zu |in )?{_Q}",
            r"\b(?:hat|hast) (?:das gruppenbild|die gruppenbeschreibung) (?:geändert|gelöscht|entfernt)",
            r"\bsicherheitsnummer\b.{0,80}\bgeändert",
            r"\b(?:telefonnummer|zu einer neuen nummer) (?:gewechselt|geändert)",
            r"^verpasster (?:sprach|video|gruppen)?anruf",
            r"^warte auf diese nachricht",
            r"^du bist (?:jetzt )?admin",
            # es
            r"cifrad[oa]s? de extremo a extremo",
            r"\bcre(?:ó|aste) (?:el |este )?grupo",
            r"\bse unió (?:usando|con|mediante) el enlace de invitación",
            rf"\bcambi(?:ó|aste) el (?:asunto|nombre del grupo) (?:de |a |por )?{_Q}",
            r"\b(?:cambió|eliminó) (?:el ícono|el icono|la imagen|la descripción) (?:de este|del) grupo",
            r"\bcódigo de seguridad\b.{0,80}\bcambió",
            r"\bcambió su número",
            r"^(?:llamada|videollamada)(?: de voz| de video| de vídeo| grupal)* perdida",
            r"^esperando (?:este |el )?mensaje",
            r"^ahora eres admin",
            # it
            r"crittografat[ie] end-to-end|crittografia end-to-end",
            r"\b(?:ha|hai) creato (?:il |questo )?gruppo",
            r"\bsi è unit[oa] (?:tramite|con|usando) il link d['’]invito",
            rf"\b(?:ha|hai) (?:cambiato|modificato) (?:l['’]oggetto|il nome del gruppo) (?:da |in |a )?{_Q}",
            r"\b(?:ha|hai) (?:cambiato|modificato|eliminato) (?:l['’]immagine|la descrizione)"
            r" (?:di questo|del) gruppo",
            r"\bcodice di sicurezza\b.{0,80}\b(?:è cambiato|è stato modificato)",
            r"\bha cambiato (?:il suo )?numero",
            r"^(?:chiamata vocale|videochiamata|chiamata di gruppo) persa",
            r"^in attesa di questo messaggio",
            r"^ora sei (?:un )?amministratore",
            # pt
            r"criptografia de ponta a ponta|encriptad[ao]s? (?:de )?ponta a ponta",
            r"\bcriou (?:o |este )?grupo",
            r"\bentrou usando (?:o |este )?link de convite",
            rf"\b(?:mudou|alterou) o (?:assunto|nome do grupo) (?:de |para )?{_Q}",
            r"\b(?:mudou|alterou|apagou) (?:a imagem|a descrição) (?:deste|do) grupo",
            r"\bcódigo de segurança\b.{0,80}\b(?:mudou|foi alterado)",
            r"\b(?:mudou|alterou) (?:seu|o) número",
            r"^chamada de (?:voz|vídeo) perdida",
            r"^aguardando (?:esta |a )?mensagem",
            r"^agora você é (?:um )?admin",
            # nl
            r"end-to-end versleuteld|end-to-end-versleuteling",
            r"\bgroep\b.{0,120}\baangemaakt$",
            r"\bvia de uitnodigingslink van deze groep",
            r"\bheeft (?:het onderwerp|de groepsnaam) gewijzigd",
            r"\bheeft de (?:afbeelding|groepsafbeelding|groepsbeschrijving)(?: van deze groep)?"
            r" (?:gewijzigd|verwijderd)",
            r"\bbeveiligingscode\b.{0,80}\bgewijzigd",
            r"\b(?:telefoonnummer gewijzigd|overgestapt naar een nieuw nummer)",
            r"^gemiste (?:spraak|video|groeps)-?oproep",
            r"^wachten op dit bericht",
            r"^je bent nu (?:een )?beheerder",
        )
    ),
    re.IGNORECASE,
)

# Who joined, left, added or removed whom: a notice only when its author has written a notice before.
_MEMBERSHIP = re.compile(
    "|".join(
        (
            r"^.{1,80}? (?:added|removed) .{1,200}$|^.{1,80}? (?:left|joined)$",
            r"^you (?:were added|were removed|left|joined)$",
            r"^.{1,80}? (?:a ajouté|a retiré|vous a ajouté|vous a retiré)\b.{0,200}$",
            r"^.{1,80}? (?:est parti|est partie|a quitté|a rejoint)(?: le groupe| ce groupe)?$",
            r"^vous avez (?:ajouté|retiré|quitté)\b.{0,200}$",
            r"^.{1,80}? hat .{1,200} (?:hinzugefügt|entfernt)$",
            r"^.{1,80}? (?:hat die gruppe verlassen|ist ausgetreten|ist beigetreten)$",
            r"^du (?:hast .{1,200} (?:hinzugefügt|entfernt)|wurdest hinzugefügt|hast die gruppe verlassen)$",
            r"^.{1,80}? (?:añadió|agregó|eliminó) a .{1,200}$",
            r"^.{1,80}? (?:te añadió|te agregó|te eliminó|salió|salió del grupo|se unió|se unió al grupo)$",
            r"^(?:añadiste|agregaste|eliminaste) a .{1,200}$|^saliste(?: del grupo)?$",
            r"^.{1,80}? (?:ha aggiunto|ha rimosso) .{1,200}$",
            r"^.{1,80}? (?:ti ha aggiunto|ti ha rimosso|è uscit[oa]|ha abbandonato|si è unit[oa])$",
            r"^hai (?:aggiunto|rimosso) .{1,200}$|^sei uscit[oa]$",
            r"^.{1,80}? (?:adicionou|removeu) .{1,200}$|^.{1,80}? (?:saiu|entrou)$",
            r"^você (?:adicionou|removeu) .{1,200}$|^você saiu$",
            r"^.{1,80}? heeft .{1,200} (?:toegevoegd|verwijderd)$",
            r"^.{1,80}? (?:heeft de groep verlaten|is vertrokken|neemt deel)$",
            r"^je hebt (?:.{1,200} (?:toegevoegd|verwijderd)|de groep verlaten)$",
        )
    ),
    re.IGNORECASE,
)

DELETED_MAX = 200  # longer texts are never a 'message deleted' notice: skip that pattern for them
DELETED = re.compile(
    r"^(?:This message was deleted|You deleted this message"
    r"|Ce message a été supprimé|Vous avez supprimé ce message"
    r"|Diese Nachricht wurde gelöscht|Du hast diese Nachricht gelöscht"
    r"|Se eliminó este mensaje|Eliminaste este mensaje"
    r"|Questo messaggio è stato eliminato|Hai eliminato questo messaggio"
    r"|(?:Essa|Esta) mensagem foi apagada|Mensagem apagada|Você apagou esta mensagem"
    r"|Dit bericht is verwijderd|Je hebt dit bericht verwijderd)\.?$",
    re.IGNORECASE,
)
EDITED = re.compile(
    r"\s*<(?:This message was edited|Ce message a été modifié|Diese Nachricht wurde bearbeitet"
    r"|Se editó este mensaje|Questo messaggio è stato modificato|(?:Essa|Esta) mensagem foi editada"
    r"|Dit bericht is bewerkt)\.?>$",
    re.IGNORECASE,
)

# A whole line that stands for media left out of the export (or the Android 'null' of a lost one).
MEDIA_LINE = re.compile(
    r"^(?:<(?:Media omitted|Médias omis|Medien ausgeschlossen|Multimedia omitido|Media omessi"
    r"|Mídia oculta|Multimédia omitido|Media weggelaten|Medya dahil edilmedi)>"
    r"|(?:.{1,200} )?(?:image|video|audio|sticker|GIF|document|Contact card|video note) omitted"
    r"|(?:image|vidéo|audio|autocollant|sticker|GIF|document|carte de contact) (?:absente?|omise?|retirée?)"
    r"|(?:Bild|Video|Audio|Sticker|GIF|Dokument|Kontaktkarte) weggelassen"
    r"|(?:imagen|video|vídeo|audio|sticker|GIF|documento|tarjeta de contacto) omitid[oa]"
    r"|(?:immagine|video|audio|sticker|GIF|documento|scheda contatto) omess[oa]"
    r"|(?:imagem|vídeo|áudio|figurinha|sticker|GIF|documento|cartão de contato) (?:ocultad[oa]|omitid[oa])"
    r"|(?:afbeelding|video|audio|sticker|GIF|document|contactkaart) weggelaten"
    r"|null)$",
    re.IGNORECASE,
)
ATTACHED = re.compile(
    r"^<(?:attached|pièce jointe|Anhang|adjunto|allegato|anexo|anexado|bijgevoegd) ?: (?P<file>[^>]+)>$"
    r"|^(?P<file2>\S.*?\.\w{2,5}) \((?:file attached|fichier joint|Datei angehängt|archivo adjunto"
    r"|file allegato|arquivo anexado|ficheiro anexado|bestand bijgevoegd)\)$",
    re.IGNORECASE,
)
# Cheap first look: a media line is the first (or last) line of a message, starts with '<' or ends with
# one of these; only such messages go through the media patterns. One C-level call per message.
MEDIA_LOOK = 600
MEDIA_ENDINGS = (
    "omitted", "omitido", "omitida", "omis", "omise", "absent", "absente", "retiré", "retirée",
    "weggelassen", "weggelaten", "omesso", "omessa", "ocultado", "ocultada", "null",
    "attached)", "joint)", "angehängt)", "adjunto)", "allegato)", "anexado)", "bijgevoegd)",
)  # fmt: skip


def is_notice(text: str) -> bool:
    """True for a line of WhatsApp's own (encryption notice, group created, missed call …)."""
    if len(text) > NOTICE_MAX or NOTICE_WORDS.isdisjoint(text.lower().replace(".", " ").split()):
        return False
    return _NOTICE.search(text.strip()) is not None


def is_membership(text: str) -> bool:
    """True for 'X added Y', 'X left' and their translations (a notice only from a notice's author)."""
    return len(text) <= NOTICE_MAX and _MEMBERSHIP.match(text.strip()) is not None


def may_hold_media(text: str) -> bool:
    """True when the first or last line of a message may be a media line (where WhatsApp writes them)."""
    end = text.find("\n", 0, MEDIA_LOOK)
    first = (text[:end] if end >= 0 else text[:MEDIA_LOOK]).rstrip()
    if first.startswith("<") or first.endswith(MEDIA_ENDINGS):
        return True
    if end < 0:
        return False
    last = text[text.rfind("\n") + 1 :].rstrip()
    return last.startswith("<") or last.endswith(MEDIA_ENDINGS)
