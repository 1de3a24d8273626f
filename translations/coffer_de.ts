<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>coffer::app::Main</name>
    <message>
        <source>Coffer: a desktop key vault and its administration console.</source>
        <translation>Coffer: ein Schlüsseltresor für den Desktop und seine Verwaltungskonsole.</translation>
    </message>
    <message>
        <source>Lists the vault BUNDLE_DIR, selects it and asks to unlock it.</source>
        <translation>Listet den Tresor BUNDLE_DIR auf, wählt ihn aus und fragt nach dem Entsperren.</translation>
    </message>
    <message>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
</context>
<context>
    <name>coffer::models::AccessHoldersModel</name>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>coffer::models::AccessNames</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Read the vault&apos;s properties</source>
        <translation>Eigenschaften des Tresors lesen</translation>
    </message>
    <message>
        <source>Change the vault&apos;s settings</source>
        <translation>Einstellungen des Tresors ändern</translation>
    </message>
    <message>
        <source>Switch the permission model</source>
        <translation>Berechtigungsmodell wechseln</translation>
    </message>
    <message>
        <source>Check the vault&apos;s integrity</source>
        <translation>Integrität des Tresors prüfen</translation>
    </message>
    <message>
        <source>List keyslots</source>
        <translation>Schlüsselplätze auflisten</translation>
    </message>
    <message>
        <source>Add a keyslot</source>
        <translation>Schlüsselplatz hinzufügen</translation>
    </message>
    <message>
        <source>Remove a keyslot</source>
        <translation>Schlüsselplatz entfernen</translation>
    </message>
    <message>
        <source>Change a passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>List backup keys</source>
        <translation>Sicherungsschlüssel auflisten</translation>
    </message>
    <message>
        <source>Export a backup key</source>
        <translation>Sicherungsschlüssel exportieren</translation>
    </message>
    <message>
        <source>Import a backup key</source>
        <translation>Sicherungsschlüssel importieren</translation>
    </message>
    <message>
        <source>List principals</source>
        <translation>Prinzipale auflisten</translation>
    </message>
    <message>
        <source>Read a principal</source>
        <translation>Prinzipal lesen</translation>
    </message>
    <message>
        <source>Create a principal</source>
        <translation>Prinzipal erstellen</translation>
    </message>
    <message>
        <source>Delete a principal</source>
        <translation>Prinzipal löschen</translation>
    </message>
    <message>
        <source>Add a credential to an application</source>
        <translation>Einer Anwendung Anmeldedaten hinzufügen</translation>
    </message>
    <message>
        <source>Add a group member</source>
        <translation>Gruppenmitglied hinzufügen</translation>
    </message>
    <message>
        <source>Remove a group member</source>
        <translation>Gruppenmitglied entfernen</translation>
    </message>
    <message>
        <source>List role definitions</source>
        <translation>Rollendefinitionen auflisten</translation>
    </message>
    <message>
        <source>List role assignments</source>
        <translation>Rollenzuweisungen auflisten</translation>
    </message>
    <message>
        <source>Assign a role</source>
        <translation>Rolle zuweisen</translation>
    </message>
    <message>
        <source>Remove a role assignment</source>
        <translation>Rollenzuweisung entfernen</translation>
    </message>
    <message>
        <source>List access policies</source>
        <translation>Zugriffsrichtlinien auflisten</translation>
    </message>
    <message>
        <source>Set an access policy</source>
        <translation>Zugriffsrichtlinie festlegen</translation>
    </message>
    <message>
        <source>Delete an access policy</source>
        <translation>Zugriffsrichtlinie löschen</translation>
    </message>
    <message>
        <source>Check effective access</source>
        <translation>Effektiven Zugriff prüfen</translation>
    </message>
    <message>
        <source>Read a secret&apos;s value</source>
        <translation>Wert eines Geheimnisses lesen</translation>
    </message>
    <message>
        <source>Read a secret&apos;s properties</source>
        <translation>Eigenschaften eines Geheimnisses lesen</translation>
    </message>
    <message>
        <source>Set a secret (new secret or new version)</source>
        <translation>Geheimnis festlegen (neues Geheimnis oder neue Version)</translation>
    </message>
    <message>
        <source>Update a secret&apos;s attributes</source>
        <translation>Attribute eines Geheimnisses ändern</translation>
    </message>
    <message>
        <source>Delete a secret</source>
        <translation>Geheimnis löschen</translation>
    </message>
    <message>
        <source>List secrets</source>
        <translation>Geheimnisse auflisten</translation>
    </message>
    <message>
        <source>List a secret&apos;s versions</source>
        <translation>Versionen eines Geheimnisses auflisten</translation>
    </message>
    <message>
        <source>List deleted secrets</source>
        <translation>Gelöschte Geheimnisse auflisten</translation>
    </message>
    <message>
        <source>Read a deleted secret</source>
        <translation>Gelöschtes Geheimnis lesen</translation>
    </message>
    <message>
        <source>Recover a deleted secret</source>
        <translation>Gelöschtes Geheimnis wiederherstellen</translation>
    </message>
    <message>
        <source>Purge a deleted secret</source>
        <translation>Gelöschtes Geheimnis endgültig löschen</translation>
    </message>
    <message>
        <source>Back up a secret</source>
        <translation>Geheimnis sichern</translation>
    </message>
    <message>
        <source>Restore a secret from a backup</source>
        <translation>Geheimnis aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Read a key (public part)</source>
        <translation>Schlüssel lesen (öffentlicher Teil)</translation>
    </message>
    <message>
        <source>List keys</source>
        <translation>Schlüssel auflisten</translation>
    </message>
    <message>
        <source>List a key&apos;s versions</source>
        <translation>Versionen eines Schlüssels auflisten</translation>
    </message>
    <message>
        <source>Create a key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Import a key</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <source>Update a key&apos;s attributes</source>
        <translation>Attribute eines Schlüssels ändern</translation>
    </message>
    <message>
        <source>Delete a key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Back up a key</source>
        <translation>Schlüssel sichern</translation>
    </message>
    <message>
        <source>Restore a key from a backup</source>
        <translation>Schlüssel aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Encrypt with a key</source>
        <translation>Mit einem Schlüssel verschlüsseln</translation>
    </message>
    <message>
        <source>Decrypt with a key</source>
        <translation>Mit einem Schlüssel entschlüsseln</translation>
    </message>
    <message>
        <source>Sign with a key</source>
        <translation>Mit einem Schlüssel signieren</translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <translation>Signatur prüfen</translation>
    </message>
    <message>
        <source>Wrap a key</source>
        <translation>Schlüssel umschließen (wrap)</translation>
    </message>
    <message>
        <source>Unwrap a key</source>
        <translation>Schlüssel entpacken (unwrap)</translation>
    </message>
    <message>
        <source>Release a key</source>
        <translation>Schlüssel freigeben (release)</translation>
    </message>
    <message>
        <source>Rotate a key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Rotate a key when due</source>
        <translation>Schlüssel rotieren, wenn fällig</translation>
    </message>
    <message>
        <source>Read a key&apos;s rotation policy</source>
        <translation>Rotationsrichtlinie eines Schlüssels lesen</translation>
    </message>
    <message>
        <source>Set a key&apos;s rotation policy</source>
        <translation>Rotationsrichtlinie eines Schlüssels festlegen</translation>
    </message>
    <message>
        <source>List deleted keys</source>
        <translation>Gelöschte Schlüssel auflisten</translation>
    </message>
    <message>
        <source>Read a deleted key</source>
        <translation>Gelöschten Schlüssel lesen</translation>
    </message>
    <message>
        <source>Recover a deleted key</source>
        <translation>Gelöschten Schlüssel wiederherstellen</translation>
    </message>
    <message>
        <source>Purge a deleted key</source>
        <translation>Gelöschten Schlüssel endgültig löschen</translation>
    </message>
    <message>
        <source>Read a certificate</source>
        <translation>Zertifikat lesen</translation>
    </message>
    <message>
        <source>List certificates</source>
        <translation>Zertifikate auflisten</translation>
    </message>
    <message>
        <source>List a certificate&apos;s versions</source>
        <translation>Versionen eines Zertifikats auflisten</translation>
    </message>
    <message>
        <source>Create a certificate</source>
        <translation>Zertifikat erstellen</translation>
    </message>
    <message>
        <source>Import a certificate</source>
        <translation>Zertifikat importieren</translation>
    </message>
    <message>
        <source>Update a certificate&apos;s attributes</source>
        <translation>Attribute eines Zertifikats ändern</translation>
    </message>
    <message>
        <source>Delete a certificate</source>
        <translation>Zertifikat löschen</translation>
    </message>
    <message>
        <source>Back up a certificate</source>
        <translation>Zertifikat sichern</translation>
    </message>
    <message>
        <source>Restore a certificate from a backup</source>
        <translation>Zertifikat aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>List deleted certificates</source>
        <translation>Gelöschte Zertifikate auflisten</translation>
    </message>
    <message>
        <source>Read a deleted certificate</source>
        <translation>Gelöschtes Zertifikat lesen</translation>
    </message>
    <message>
        <source>Recover a deleted certificate</source>
        <translation>Gelöschtes Zertifikat wiederherstellen</translation>
    </message>
    <message>
        <source>Purge a deleted certificate</source>
        <translation>Gelöschtes Zertifikat endgültig löschen</translation>
    </message>
    <message>
        <source>Read a certificate&apos;s policy</source>
        <translation>Richtlinie eines Zertifikats lesen</translation>
    </message>
    <message>
        <source>Update a certificate&apos;s policy</source>
        <translation>Richtlinie eines Zertifikats ändern</translation>
    </message>
    <message>
        <source>Read a pending certificate request</source>
        <translation>Ausstehende Zertifikatanforderung lesen</translation>
    </message>
    <message>
        <source>Update a pending certificate request</source>
        <translation>Ausstehende Zertifikatanforderung ändern</translation>
    </message>
    <message>
        <source>Delete a pending certificate request</source>
        <translation>Ausstehende Zertifikatanforderung löschen</translation>
    </message>
    <message>
        <source>Merge a signed certificate</source>
        <translation>Signiertes Zertifikat zusammenführen</translation>
    </message>
    <message>
        <source>Read certificate contacts</source>
        <translation>Zertifikatkontakte lesen</translation>
    </message>
    <message>
        <source>Set certificate contacts</source>
        <translation>Zertifikatkontakte festlegen</translation>
    </message>
    <message>
        <source>Delete certificate contacts</source>
        <translation>Zertifikatkontakte löschen</translation>
    </message>
    <message>
        <source>List certificate issuers</source>
        <translation>Zertifikataussteller auflisten</translation>
    </message>
    <message>
        <source>Read a certificate issuer</source>
        <translation>Zertifikataussteller lesen</translation>
    </message>
    <message>
        <source>Set a certificate issuer</source>
        <translation>Zertifikataussteller festlegen</translation>
    </message>
    <message>
        <source>Update a certificate issuer</source>
        <translation>Zertifikataussteller ändern</translation>
    </message>
    <message>
        <source>Delete a certificate issuer</source>
        <translation>Zertifikataussteller löschen</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>Zugriffssteuerung</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>The whole vault</source>
        <translation>Der ganze Tresor</translation>
    </message>
    <message>
        <source>All secrets</source>
        <translation>Alle Geheimnisse</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation>Alle Zertifikate</translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation>Geheimnis %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Perform all data plane operations on a key vault and all objects in it, including certificates, keys, and secrets. Cannot manage key vault resources or manage role assignments.</source>
        <translation>Alle Vorgänge auf Datenebene für einen Schlüsseltresor und alle darin enthaltenen Objekte ausführen, einschließlich Zertifikaten, Schlüsseln und Geheimnissen. Kann weder Schlüsseltresor-Ressourcen noch Rollenzuweisungen verwalten.</translation>
    </message>
    <message>
        <source>Read metadata of key vaults and its certificates, keys, and secrets. Cannot read sensitive values such as secret contents or key material.</source>
        <translation>Metadaten von Schlüsseltresoren und ihren Zertifikaten, Schlüsseln und Geheimnissen lesen. Kann keine vertraulichen Werte wie Geheimnisinhalte oder Schlüsselmaterial lesen.</translation>
    </message>
    <message>
        <source>Perform any action on the secrets of a key vault, except manage permissions.</source>
        <translation>Beliebige Aktionen für die Geheimnisse eines Schlüsseltresors ausführen, außer Berechtigungen verwalten.</translation>
    </message>
    <message>
        <source>Read secret contents including secret portion of a certificate with private key.</source>
        <translation>Inhalte von Geheimnissen lesen, einschließlich des geheimen Teils eines Zertifikats mit privatem Schlüssel.</translation>
    </message>
    <message>
        <source>Perform any action on the keys of a key vault, except manage permissions.</source>
        <translation>Beliebige Aktionen für die Schlüssel eines Schlüsseltresors ausführen, außer Berechtigungen verwalten.</translation>
    </message>
    <message>
        <source>Perform cryptographic operations using keys.</source>
        <translation>Kryptografische Vorgänge mit Schlüsseln ausführen.</translation>
    </message>
    <message>
        <source>Read metadata of keys and perform wrap/unwrap operations.</source>
        <translation>Metadaten von Schlüsseln lesen und Vorgänge zum Umschließen und Entpacken (wrap/unwrap) ausführen.</translation>
    </message>
    <message>
        <source>Release keys.</source>
        <translation>Schlüssel freigeben.</translation>
    </message>
    <message>
        <source>Perform any action on the certificates of a key vault, excluding reading the secret and key portions, and managing permissions.</source>
        <translation>Beliebige Aktionen für die Zertifikate eines Schlüsseltresors ausführen, außer den geheimen Teil und den Schlüsselteil zu lesen und Berechtigungen zu verwalten.</translation>
    </message>
    <message>
        <source>Read entire certificate contents including secret and key portion.</source>
        <translation>Gesamten Zertifikatinhalt lesen, einschließlich des geheimen Teils und des Schlüsselteils.</translation>
    </message>
    <message>
        <source>Manage access to Azure Key Vault by adding or removing role assignments for the Key Vault Administrator, Key Vault Certificates Officer, Key Vault Crypto Officer, Key Vault Crypto Service Encryption User, Key Vault Crypto User, Key Vault Reader, Key Vault Secrets Officer, or Key Vault Secrets User roles.</source>
        <translation>Zugriff auf Azure Key Vault verwalten, indem Rollenzuweisungen für die Rollen Key Vault Administrator, Key Vault Certificates Officer, Key Vault Crypto Officer, Key Vault Crypto Service Encryption User, Key Vault Crypto User, Key Vault Reader, Key Vault Secrets Officer oder Key Vault Secrets User hinzugefügt oder entfernt werden.</translation>
    </message>
    <message>
        <source>Manage key vaults, but does not allow you to assign roles in Azure RBAC, and does not allow you to access secrets, keys, or certificates.</source>
        <translation>Schlüsseltresore verwalten, aber keine Rollen in Azure RBAC zuweisen und nicht auf Geheimnisse, Schlüssel oder Zertifikate zugreifen.</translation>
    </message>
    <message>
        <source>Grants full access to manage all resources, including the ability to assign roles in Azure RBAC. In Coffer also the only role that manages principals and others&apos; keyslots.</source>
        <translation>Gewährt Vollzugriff zum Verwalten aller Ressourcen, einschließlich der Zuweisung von Rollen in Azure RBAC. In Coffer zudem die einzige Rolle, die Prinzipale und die Schlüsselplätze anderer verwaltet.</translation>
    </message>
    <message>
        <source>Lets you manage user access to Azure resources.</source>
        <translation>Ermöglicht die Verwaltung des Benutzerzugriffs auf Azure-Ressourcen.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Key Management Operations</source>
        <translation>Schlüsselverwaltungsvorgänge</translation>
    </message>
    <message>
        <source>Cryptographic Operations</source>
        <translation>Kryptografische Vorgänge</translation>
    </message>
    <message>
        <source>Privileged Key Operations</source>
        <translation>Privilegierte Schlüsselvorgänge</translation>
    </message>
    <message>
        <source>Rotation Policy Operations</source>
        <translation>Vorgänge für Rotationsrichtlinien</translation>
    </message>
    <message>
        <source>Secret Management Operations</source>
        <translation>Geheimnisverwaltungsvorgänge</translation>
    </message>
    <message>
        <source>Privileged Secret Operations</source>
        <translation>Privilegierte Geheimnisvorgänge</translation>
    </message>
    <message>
        <source>Certificate Management Operations</source>
        <translation>Zertifikatverwaltungsvorgänge</translation>
    </message>
    <message>
        <source>Privileged Certificate Operations</source>
        <translation>Privilegierte Zertifikatvorgänge</translation>
    </message>
    <message>
        <source>Key, Secret, &amp; Certificate Management</source>
        <translation>Schlüssel-, Geheimnis- und Zertifikatverwaltung</translation>
    </message>
    <message>
        <source>Key &amp; Secret Management</source>
        <translation>Schlüssel- und Geheimnisverwaltung</translation>
    </message>
    <message>
        <source>Secret &amp; Certificate Management</source>
        <translation>Geheimnis- und Zertifikatverwaltung</translation>
    </message>
    <message>
        <source>Key Management</source>
        <translation>Schlüsselverwaltung</translation>
    </message>
    <message>
        <source>Secret Management</source>
        <translation>Geheimnisverwaltung</translation>
    </message>
    <message>
        <source>Certificate Management</source>
        <translation>Zertifikatverwaltung</translation>
    </message>
    <message>
        <source>SQL Server Connector</source>
        <translation>SQL Server-Connector</translation>
    </message>
    <message>
        <source>Azure Data Lake Storage or Azure Storage</source>
        <translation>Azure Data Lake Storage oder Azure Storage</translation>
    </message>
    <message>
        <source>Azure Backup</source>
        <translation>Azure Backup</translation>
    </message>
    <message>
        <source>Exchange Online Customer Key</source>
        <translation>Exchange Online-Kundenschlüssel</translation>
    </message>
    <message>
        <source>SharePoint Online Customer Key</source>
        <translation>SharePoint Online-Kundenschlüssel</translation>
    </message>
    <message>
        <source>Azure Information BYOK</source>
        <translation>Azure Information BYOK</translation>
    </message>
    <message>
        <source>Key permissions</source>
        <translation>Schlüsselberechtigungen</translation>
    </message>
    <message>
        <source>Secret permissions</source>
        <translation>Geheimnisberechtigungen</translation>
    </message>
    <message>
        <source>Certificate permissions</source>
        <translation>Zertifikatberechtigungen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>the vault</source>
        <translation>den Tresor</translation>
    </message>
    <message>
        <source>access control</source>
        <translation>die Zugriffssteuerung</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Das Überwachungsprotokoll lesen</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Das Überwachungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Das Überwachungsprotokoll prüfen</translation>
    </message>
    <message>
        <source>Import Azure audit logs</source>
        <translation>Azure-Überwachungsprotokolle importieren</translation>
    </message>
    <message>
        <source>Change the audit log retention</source>
        <translation>Die Aufbewahrung des Überwachungsprotokolls ändern</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Den Tresor erstellen</translation>
    </message>
    <message>
        <source>Renew a certificate</source>
        <translation>Zertifikat erneuern</translation>
    </message>
    <message>
        <source>Notify that a certificate nears expiry</source>
        <translation>Über den bevorstehenden Ablauf eines Zertifikats benachrichtigen</translation>
    </message>
    <message>
        <source>Run the due rotations, renewals and notices</source>
        <translation>Fällige Rotationen, Erneuerungen und Hinweise ausführen</translation>
    </message>
    <message>
        <source>Read the rotation and expiry schedule</source>
        <translation>Den Rotations- und Ablaufplan lesen</translation>
    </message>
    <message>
        <source>List the notices</source>
        <translation>Die Hinweise auflisten</translation>
    </message>
    <message>
        <source>Rotate a secret</source>
        <translation>Ein Geheimnis rotieren</translation>
    </message>
    <message>
        <source>Rotate a secret when due</source>
        <translation>Ein Geheimnis rotieren, wenn es fällig ist</translation>
    </message>
    <message>
        <source>Read a secret&apos;s rotation policy</source>
        <translation>Rotationsrichtlinie eines Geheimnisses lesen</translation>
    </message>
    <message>
        <source>Set a secret&apos;s rotation policy</source>
        <translation>Rotationsrichtlinie eines Geheimnisses festlegen</translation>
    </message>
    <message>
        <source>Notify that a secret nears expiry</source>
        <translation>Über den bevorstehenden Ablauf eines Geheimnisses benachrichtigen</translation>
    </message>
    <message>
        <source>Notify that a secret expired</source>
        <translation>Über den Ablauf eines Geheimnisses benachrichtigen</translation>
    </message>
    <message>
        <source>Notify that a key nears expiry</source>
        <translation>Über den bevorstehenden Ablauf eines Schlüssels benachrichtigen</translation>
    </message>
    <message>
        <source>Notify that a key expired</source>
        <translation>Über den Ablauf eines Schlüssels benachrichtigen</translation>
    </message>
    <message>
        <source>Notify that a certificate expired</source>
        <translation>Über den Ablauf eines Zertifikats benachrichtigen</translation>
    </message>
</context>
<context>
    <name>coffer::models::AccessPolicyModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>All, with purge</source>
        <translation>Alle, mit endgültigem Löschen</translation>
    </message>
    <message>
        <source>All except purge</source>
        <translation>Alle außer endgültigem Löschen</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>coffer::models::AccessText</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>No role assignments</source>
        <translation>Keine Rollenzuweisungen</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>%1 at %2, via group %3</source>
        <translation>%1 auf %2, über die Gruppe %3</translation>
    </message>
    <message>
        <source>the access policy of group %1 grants %2</source>
        <translation>die Zugriffsrichtlinie der Gruppe %1 gewährt %2</translation>
    </message>
    <message>
        <source>its access policy grants %1</source>
        <translation>die eigene Zugriffsrichtlinie gewährt %1</translation>
    </message>
    <message>
        <source>it concerns the principal&apos;s own credentials or access</source>
        <translation>es betrifft die eigenen Anmeldedaten oder den eigenen Zugriff des Prinzipals</translation>
    </message>
    <message>
        <source>every principal of the vault may do this</source>
        <translation>jeder Prinzipal des Tresors darf dies</translation>
    </message>
    <message>
        <source>Needs the access-policy permission %1</source>
        <translation>Benötigt die Zugriffsrichtlinien-Berechtigung %1</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Benötigt %1</translation>
    </message>
    <message>
        <source>Needs %1 (%2)</source>
        <translation>Benötigt %1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No: %1.</source>
        <translation>Nein: %1.</translation>
    </message>
    <message>
        <source>No: %1 is not on any access policy; this needs %2 on %3.</source>
        <translation>Nein: %1 steht in keiner Zugriffsrichtlinie; dies benötigt %2 für %3.</translation>
    </message>
    <message>
        <source>No: the access policy of %1 grants nothing on %2; this needs %3.</source>
        <translation>Nein: Die Zugriffsrichtlinie von %1 gewährt nichts für %2; dies benötigt %3.</translation>
    </message>
    <message>
        <source>No: the access policy of %1 grants only %2 on %3; this needs %4.</source>
        <translation>Nein: Die Zugriffsrichtlinie von %1 gewährt für %3 nur %2; dies benötigt %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No: %1 holds no role at %2 or above; this needs %3.</source>
        <translation>Nein: %1 hat auf %2 und darüber keine Rolle; dies benötigt %3.</translation>
    </message>
    <message>
        <source>No: %1 holds %2 here, which grants only %3 on %4; this needs %5.</source>
        <translation>Nein: %1 hat hier %2, was für %4 nur %3 gewährt; dies benötigt %5.</translation>
    </message>
    <message>
        <source>No: %1 holds %2 here, which does not grant this; it needs %3.</source>
        <translation>Nein: %1 hat hier %2, was dies nicht gewährt; es benötigt %3.</translation>
    </message>
</context>
<context>
    <name>coffer::models::AppSettings</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>coffer::models::AuditFiles</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>coffer::models::AuditFilterState</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
</context>
<context>
    <name>coffer::models::AuditHistogram</name>
    <message>
        <source>Operations per day</source>
        <translation>Vorgänge pro Tag</translation>
    </message>
    <message>
        <source>Operations per week</source>
        <translation>Vorgänge pro Woche</translation>
    </message>
    <message>
        <source>Operations per month</source>
        <translation>Vorgänge pro Monat</translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <translation>KW%1 %2</translation>
    </message>
</context>
<context>
    <name>coffer::models::AuditRecordModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>coffer::models::AuditText</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>#%1 at %2</source>
        <translation>Nr. %1 um %2</translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation>Prinzipal: %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Vorgang: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Imported from %1 at %2</source>
        <translation>Importiert aus %1, um %2</translation>
    </message>
    <message>
        <source>Result: %1 (HTTP %2)</source>
        <translation>Ergebnis: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Laufnummer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Principal id</source>
        <translation>Prinzipal-ID</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Vorheriger Hash</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 (imported Azure log, read-only)</source>
        <translation>%1 (importiertes Azure-Protokoll, schreibgeschützt)</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3)</source>
        <translation>%1 (HTTP %2, %3)</translation>
    </message>
    <message>
        <source>Caller IP address</source>
        <translation>IP-Adresse des Aufrufers</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>(unknown caller)</source>
        <translation>(unbekannter Aufrufer)</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>1 checkpoint</source>
        <translation>1 Prüfpunkt</translation>
    </message>
    <message>
        <source>%1 checkpoints</source>
        <translation>%1 Prüfpunkte</translation>
    </message>
    <message>
        <source>Verified: %1, %2, signed by key %3</source>
        <translation>Geprüft: %1, %2, signiert mit Schlüssel %3</translation>
    </message>
    <message>
        <source>(%1 filtered out, present as hashes)</source>
        <translation>(%1 ausgefiltert, als Hashes enthalten)</translation>
    </message>
    <message>
        <source>Verification failed at record %1 (line %2 of the file).</source>
        <translation>Prüfung fehlgeschlagen bei Eintrag %1 (Zeile %2 der Datei).</translation>
    </message>
    <message>
        <source>Verification failed at record %1.</source>
        <translation>Prüfung fehlgeschlagen bei Eintrag %1.</translation>
    </message>
    <message>
        <source>Verification failed at line %1 of the file.</source>
        <translation>Prüfung fehlgeschlagen in Zeile %1 der Datei.</translation>
    </message>
    <message>
        <source>Verification failed: the file is not a valid audit export.</source>
        <translation>Prüfung fehlgeschlagen: Die Datei ist kein gültiger Export eines Überwachungsprotokolls.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>Prüfung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Imported %1 new events from %2 (%3 read, %4 already imported).</source>
        <translation>%1 neue Ereignisse aus %2 importiert (%3 gelesen, %4 bereits importiert).</translation>
    </message>
    <message>
        <source>%1 records could not be read; the first: %2</source>
        <translation>%1 Einträge konnten nicht gelesen werden; der erste: %2</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1, Prozess %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Note: the newest records are not covered by a signed checkpoint yet; the vault signs one at the latest when it is locked.</source>
        <translation>Hinweis: Die neuesten Einträge sind noch durch keinen signierten Prüfpunkt gedeckt; der Tresor signiert spätestens beim Sperren einen.</translation>
    </message>
</context>
<context>
    <name>coffer::models::AuditTimelineData</name>
    <message>
        <source>vault</source>
        <translation>Tresor</translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateActions</name>
    <message>
        <source>A pending request has no certificate to renew yet: merge its signed certificate first.</source>
        <translation>Eine ausstehende Anforderung hat noch kein Zertifikat zum Erneuern: Führen Sie zuerst ihr signiertes Zertifikat zusammen.</translation>
    </message>
    <message>
        <source>A new version is already pending: merge or cancel it first.</source>
        <translation>Eine neue Version steht bereits aus: Führen Sie sie zuerst zusammen oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>This certificate has no policy to renew from.</source>
        <translation>Dieses Zertifikat hat keine Richtlinie, aus der es erneuert werden kann.</translation>
    </message>
    <message>
        <source>The request has no certificate yet.</source>
        <translation>Die Anforderung hat noch kein Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate is disabled.</source>
        <translation>Das Zertifikat ist deaktiviert.</translation>
    </message>
    <message>
        <source>The certificate was imported without a private key.</source>
        <translation>Das Zertifikat wurde ohne privaten Schlüssel importiert.</translation>
    </message>
    <message>
        <source>The private key is on the HSM and never leaves it.</source>
        <translation>Der private Schlüssel liegt auf dem HSM und verlässt es nie.</translation>
    </message>
    <message>
        <source>The certificate&apos;s policy does not mark its key exportable.</source>
        <translation>Die Richtlinie des Zertifikats kennzeichnet seinen Schlüssel nicht als exportierbar.</translation>
    </message>
    <message>
        <source>No request is pending for this certificate.</source>
        <translation>Für dieses Zertifikat steht keine Anforderung aus.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anforderung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateChainLinks</name>
    <message>
        <source>This certificate of the chain cannot be read.</source>
        <translation>Dieses Zertifikat der Kette kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The next certificate up did not sign this one.</source>
        <translation>Das nächsthöhere Zertifikat hat dieses nicht signiert.</translation>
    </message>
    <message>
        <source>Its issuer is not in this vault.</source>
        <translation>Sein Aussteller ist nicht in diesem Tresor.</translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateImportPreview</name>
    <message>
        <source>1 certificate</source>
        <translation>1 Zertifikat</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 Zertifikate</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>kein privater Schlüssel</translation>
    </message>
    <message>
        <source>1 encrypted private key</source>
        <translation>1 verschlüsselter privater Schlüssel</translation>
    </message>
    <message>
        <source>%1 encrypted private keys</source>
        <translation>%1 verschlüsselte private Schlüssel</translation>
    </message>
    <message>
        <source>1 private key</source>
        <translation>1 privater Schlüssel</translation>
    </message>
    <message>
        <source>%1 private keys</source>
        <translation>%1 private Schlüssel</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>Endzertifikat</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Zwischenzertifikat</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>PKCS#12 (PFX), password-protected</source>
        <translation>PKCS#12 (PFX), passwortgeschützt</translation>
    </message>
    <message>
        <source>PKCS#12 (PFX), no password: %1, %2</source>
        <translation>PKCS#12 (PFX), ohne Passwort: %1, %2</translation>
    </message>
    <message>
        <source>PKCS#12 (PFX), no password</source>
        <translation>PKCS#12 (PFX), ohne Passwort</translation>
    </message>
    <message>
        <source>PEM bundle: %1, %2</source>
        <translation>PEM-Bündel: %1, %2</translation>
    </message>
    <message>
        <source>DER certificate</source>
        <translation>DER-Zertifikat</translation>
    </message>
    <message>
        <source>Expired: &apos;%1&apos; was valid until %2.</source>
        <translation>Abgelaufen: „%1“ war bis %2 gültig.</translation>
    </message>
    <message>
        <source>Expired: a certificate of the file is no longer valid.</source>
        <translation>Abgelaufen: Ein Zertifikat der Datei ist nicht mehr gültig.</translation>
    </message>
    <message>
        <source>Not yet valid: &apos;%1&apos; is valid from %2.</source>
        <translation>Noch nicht gültig: „%1“ ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <source>Not yet valid: a certificate of the file is not valid yet.</source>
        <translation>Noch nicht gültig: Ein Zertifikat der Datei ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>Chain not verified: a signature in the chain does not check out.</source>
        <translation>Kette nicht bestätigt: Eine Signatur in der Kette ist ungültig.</translation>
    </message>
    <message>
        <source>Chain incomplete: the issuer &apos;%1&apos; of &apos;%2&apos; is not in the file; the chain is stored as far as it goes.</source>
        <translation>Kette unvollständig: Der Aussteller „%1“ von „%2“ ist nicht in der Datei; die Kette wird so weit gespeichert, wie sie reicht.</translation>
    </message>
    <message>
        <source>Chain incomplete: the root is not in the file.</source>
        <translation>Kette unvollständig: Das Stammzertifikat ist nicht in der Datei.</translation>
    </message>
    <message>
        <source>Weak key: &apos;%1&apos; has a %2 key (under 112 bits of security).</source>
        <translation>Schwacher Schlüssel: „%1“ hat einen Schlüssel vom Typ %2 (weniger als 112 Bit Sicherheit).</translation>
    </message>
    <message>
        <source>Weak key: a certificate of the file has a key under 112 bits of security.</source>
        <translation>Schwacher Schlüssel: Ein Zertifikat der Datei hat einen Schlüssel mit weniger als 112 Bit Sicherheit.</translation>
    </message>
    <message>
        <source>Weak signature: &apos;%1&apos; is signed with %2.</source>
        <translation>Schwache Signatur: „%1“ ist mit %2 signiert.</translation>
    </message>
    <message>
        <source>Weak signature: a certificate is signed with SHA-1 or MD5.</source>
        <translation>Schwache Signatur: Ein Zertifikat ist mit SHA-1 oder MD5 signiert.</translation>
    </message>
    <message>
        <source>Old encryption (RC2): the file was read with OpenSSL&apos;s legacy provider. Export it again with AES when you can.</source>
        <translation>Veraltete Verschlüsselung (RC2): Die Datei wurde mit dem Legacy-Provider von OpenSSL gelesen. Exportieren Sie sie nach Möglichkeit erneut mit AES.</translation>
    </message>
    <message>
        <source>Self-signed: &apos;%1&apos; is its own issuer; only those who trust it directly will accept it.</source>
        <translation>Selbstsigniert: „%1“ ist sein eigener Aussteller; nur wer ihm direkt vertraut, akzeptiert es.</translation>
    </message>
    <message>
        <source>No private key: the certificate is stored public-only (no managed key).</source>
        <translation>Kein privater Schlüssel: Das Zertifikat wird nur mit dem öffentlichen Teil gespeichert (kein verwalteter Schlüssel).</translation>
    </message>
    <message>
        <source>Skipped: a PEM block &apos;%1&apos; that is neither a certificate nor a private key.</source>
        <translation>Übersprungen: ein PEM-Block „%1“, der weder ein Zertifikat noch ein privater Schlüssel ist.</translation>
    </message>
    <message>
        <source>Skipped: a PEM block that is neither a certificate nor a private key.</source>
        <translation>Übersprungen: ein PEM-Block, der weder ein Zertifikat noch ein privater Schlüssel ist.</translation>
    </message>
    <message>
        <source>CA certificate as leaf: &apos;%1&apos; is a certificate authority (CA:TRUE), not an end-entity certificate.</source>
        <translation>CA-Zertifikat als Endzertifikat: „%1“ ist eine Zertifizierungsstelle (CA:TRUE), kein Endentitätszertifikat.</translation>
    </message>
    <message>
        <source>Key mismatch: the private key in the file belongs to none of its certificates.</source>
        <translation>Schlüssel passt nicht: Der private Schlüssel in der Datei gehört zu keinem ihrer Zertifikate.</translation>
    </message>
    <message>
        <source>The chain has a gap: the issuer &apos;%1&apos; of &apos;%2&apos; is missing from the file. Add the intermediate certificate.</source>
        <translation>Die Kette hat eine Lücke: Der Aussteller „%1“ von „%2“ fehlt in der Datei. Fügen Sie das Zwischenzertifikat hinzu.</translation>
    </message>
    <message>
        <source>The chain has a gap: an intermediate certificate is missing from the file.</source>
        <translation>Die Kette hat eine Lücke: In der Datei fehlt ein Zwischenzertifikat.</translation>
    </message>
    <message>
        <source>Unrelated certificates: &apos;%1&apos; is not part of the chain of &apos;%2&apos;. Remove it from the file.</source>
        <translation>Fremde Zertifikate: „%1“ gehört nicht zur Kette von „%2“. Entfernen Sie es aus der Datei.</translation>
    </message>
    <message>
        <source>Unrelated certificates: the file holds certificates that do not form one chain.</source>
        <translation>Fremde Zertifikate: Die Datei enthält Zertifikate, die keine gemeinsame Kette bilden.</translation>
    </message>
    <message>
        <source>Unsupported key: the vault holds RSA 2048–4096 and EC P-256, P-256K, P-384 and P-521 keys only. (%1)</source>
        <translation>Nicht unterstützter Schlüssel: Der Tresor nimmt nur Schlüssel vom Typ RSA 2048–4096 und EC P-256, P-256K, P-384 und P-521 auf. (%1)</translation>
    </message>
    <message>
        <source>The file is truncated: it ends before its content does.</source>
        <translation>Die Datei ist abgeschnitten: Sie endet, bevor ihr Inhalt vollständig ist.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read.</source>
        <translation>Die Datei ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not a certificate: the file is neither PEM, DER X.509 nor PKCS#12 (PFX).</source>
        <translation>Kein Zertifikat: Die Datei ist weder PEM noch DER-X.509 noch PKCS#12 (PFX).</translation>
    </message>
    <message>
        <source>The file holds a private key but no certificate. Choose a file with the certificate too.</source>
        <translation>Die Datei enthält einen privaten Schlüssel, aber kein Zertifikat. Wählen Sie eine Datei, die auch das Zertifikat enthält.</translation>
    </message>
    <message>
        <source>The file is a certificate signing request (CSR), not a certificate. Import the certificate the CA signed.</source>
        <translation>Die Datei ist eine Zertifikatsignieranforderung (CSR), kein Zertifikat. Importieren Sie das Zertifikat, das die CA signiert hat.</translation>
    </message>
    <message>
        <source>The file holds two private keys; a certificate has one.</source>
        <translation>Die Datei enthält zwei private Schlüssel; ein Zertifikat hat nur einen.</translation>
    </message>
    <message>
        <source>The file is over 10 MiB: too large for a certificate file.</source>
        <translation>Die Datei ist größer als 10 MiB: zu groß für eine Zertifikatdatei.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is password-protected: go back and give its password.</source>
        <translation>Die Datei ist passwortgeschützt: Gehen Sie zurück und geben Sie ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Wrong password — try again.</source>
        <translation>Falsches Passwort — versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Not a certificate: the file holds no certificate.</source>
        <translation>Kein Zertifikat: Die Datei enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Private key found; it matches the certificate.</source>
        <translation>Privater Schlüssel gefunden; er passt zum Zertifikat.</translation>
    </message>
    <message>
        <source>No private key: the certificate is stored public-only.</source>
        <translation>Kein privater Schlüssel: Das Zertifikat wird nur mit dem öffentlichen Teil gespeichert.</translation>
    </message>
    <message>
        <source>%1 (incomplete: the issuer &apos;%2&apos; is not in the file)</source>
        <translation>%1 (unvollständig: Der Aussteller „%2“ ist nicht in der Datei)</translation>
    </message>
    <message>
        <source>%1 (complete, signatures checked)</source>
        <translation>%1 (vollständig, Signaturen geprüft)</translation>
    </message>
    <message>
        <source>%1 (complete)</source>
        <translation>%1 (vollständig)</translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateListModel</name>
    <message>
        <source>%1 · new version pending</source>
        <translation>%1 · neue Version ausstehend</translation>
    </message>
    <message>
        <source>SHA-1 %1</source>
        <translation>SHA-1 %1</translation>
    </message>
    <message>
        <source>The common name (CN) of the certificate&apos;s subject</source>
        <translation>Der allgemeine Name (CN) des Antragstellers des Zertifikats</translation>
    </message>
    <message>
        <source>The common name (CN) of the certificate&apos;s issuer</source>
        <translation>Der allgemeine Name (CN) des Ausstellers des Zertifikats</translation>
    </message>
    <message>
        <source>The SHA-1 thumbprint (Azure&apos;s x509ThumbprintHex), shortened</source>
        <translation>Der SHA-1-Fingerabdruck (x509ThumbprintHex von Azure), gekürzt</translation>
    </message>
    <message>
        <source>The key&apos;s type and size, and where its private key is kept</source>
        <translation>Typ und Größe des Schlüssels und wo sein privater Schlüssel aufbewahrt wird</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateOperations</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>The vault is busy; try again in a moment.</source>
        <translation>Der Tresor ist beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>A certificate named &apos;%1&apos; exists: this makes a new version of it.</source>
        <translation>Ein Zertifikat namens „%1“ existiert: Damit wird eine neue Version davon erstellt.</translation>
    </message>
    <message>
        <source>A certificate request with this name is pending: merge or delete it first.</source>
        <translation>Eine Zertifikatanforderung mit diesem Namen steht aus: Führen Sie zuerst das signierte Zertifikat damit zusammen oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>A deleted certificate has this name: recover or purge it first.</source>
        <translation>Ein gelöschtes Zertifikat hat diesen Namen: Stellen Sie es zuerst wieder her oder löschen Sie es endgültig.</translation>
    </message>
    <message>
        <source>A key named &apos;%1&apos; exists: a certificate needs the name for its key. Choose another name.</source>
        <translation>Ein Schlüssel namens „%1“ existiert: Ein Zertifikat braucht den Namen für seinen Schlüssel. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A secret named &apos;%1&apos; exists: a certificate needs the name for its secret. Choose another name.</source>
        <translation>Ein Geheimnis namens „%1“ existiert: Ein Zertifikat braucht den Namen für sein Geheimnis. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A deleted key has this name: purge it first or choose another name.</source>
        <translation>Ein gelöschter Schlüssel hat diesen Namen: Löschen Sie ihn zuerst endgültig oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A deleted secret has this name: purge it first or choose another name.</source>
        <translation>Ein gelöschtes Geheimnis hat diesen Namen: Löschen Sie es zuerst endgültig oder wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateRenewalText</name>
    <message>
        <source>1 certificate has expired: %1</source>
        <translation>1 Zertifikat ist abgelaufen: %1</translation>
    </message>
    <message>
        <source>%1 certificates have expired: %2</source>
        <translation>%1 Zertifikate sind abgelaufen: %2</translation>
    </message>
    <message>
        <source>1 certificate expires within %1 days: %2</source>
        <translation>1 Zertifikat läuft innerhalb von %1 Tagen ab: %2</translation>
    </message>
    <message>
        <source>%1 certificates expire within %2 days: %3</source>
        <translation>%1 Zertifikate laufen innerhalb von %2 Tagen ab: %3</translation>
    </message>
    <message>
        <source>1 certificate is due for its expiry notice to the contacts: %1</source>
        <translation>Für 1 Zertifikat ist die Ablaufbenachrichtigung an die Kontakte fällig: %1</translation>
    </message>
    <message>
        <source>%1 certificates are due for their expiry notice to the contacts: %2</source>
        <translation>Für %1 Zertifikate ist die Ablaufbenachrichtigung an die Kontakte fällig: %2</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <source>Request created (merge the signed certificate)</source>
        <translation>Anforderung erstellt (signiertes Zertifikat zusammenführen)</translation>
    </message>
    <message>
        <source>Contacts notified</source>
        <translation>Kontakte benachrichtigt</translation>
    </message>
    <message>
        <source>Would renew</source>
        <translation>Würde erneuert</translation>
    </message>
    <message>
        <source>Would notify the contacts</source>
        <translation>Würde die Kontakte benachrichtigen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <source>%1 would be renewed</source>
        <translation>%1 würden erneuert</translation>
    </message>
    <message>
        <source>%1 would be notified</source>
        <translation>%1 würden benachrichtigt</translation>
    </message>
    <message>
        <source>%1 renewed</source>
        <translation>%1 erneuert</translation>
    </message>
    <message>
        <source>%1 with a new request</source>
        <translation>%1 mit neuer Anforderung</translation>
    </message>
    <message>
        <source>%1 notified</source>
        <translation>%1 benachrichtigt</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Contact %1 has no email address.</source>
        <translation>Kontakt %1 hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Contact %1: &apos;%2&apos; is not an email address.</source>
        <translation>Kontakt %1: „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Contact %1: %2 is listed twice.</source>
        <translation>Kontakt %1: %2 steht doppelt in der Liste.</translation>
    </message>
    <message>
        <source>Contact %1: a phone number holds digits, spaces and + - ( ) / . only.</source>
        <translation>Kontakt %1: Eine Telefonnummer enthält nur Ziffern, Leerzeichen und + - ( ) / .</translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateText</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1 · no private key</source>
        <translation>%1 · kein privater Schlüssel</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Chain incomplete: the root is not in the file</source>
        <translation>Kette unvollständig: Das Stammzertifikat ist nicht in der Datei</translation>
    </message>
    <message>
        <source>Weak key</source>
        <translation>Schwacher Schlüssel</translation>
    </message>
    <message>
        <source>Weak signature (SHA-1 or MD5)</source>
        <translation>Schwache Signatur (SHA-1 oder MD5)</translation>
    </message>
    <message>
        <source>Old encryption (read with OpenSSL&apos;s legacy provider)</source>
        <translation>Veraltete Verschlüsselung (mit dem Legacy-Provider von OpenSSL gelesen)</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>No private key: the certificate is stored public-only</source>
        <translation>Kein privater Schlüssel: Das Zertifikat wird nur mit dem öffentlichen Teil gespeichert</translation>
    </message>
    <message>
        <source>A PEM block was skipped</source>
        <translation>Ein PEM-Block wurde übersprungen</translation>
    </message>
    <message>
        <source>The certificate is a CA certificate</source>
        <translation>Das Zertifikat ist ein CA-Zertifikat</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>Digitale Signatur</translation>
    </message>
    <message>
        <source>Non-repudiation</source>
        <translation>Nichtabstreitbarkeit</translation>
    </message>
    <message>
        <source>Key encipherment</source>
        <translation>Schlüsselverschlüsselung</translation>
    </message>
    <message>
        <source>Data encipherment</source>
        <translation>Datenverschlüsselung</translation>
    </message>
    <message>
        <source>Key agreement</source>
        <translation>Schlüsselvereinbarung</translation>
    </message>
    <message>
        <source>Certificate signing</source>
        <translation>Zertifikatsignatur</translation>
    </message>
    <message>
        <source>CRL signing</source>
        <translation>CRL-Signatur</translation>
    </message>
    <message>
        <source>Encipher only</source>
        <translation>Nur verschlüsseln</translation>
    </message>
    <message>
        <source>Decipher only</source>
        <translation>Nur entschlüsseln</translation>
    </message>
    <message>
        <source>(no key usage extension)</source>
        <translation>(keine Erweiterung für Schlüsselverwendung)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Server authentication</source>
        <translation>Serverauthentifizierung</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Clientauthentifizierung</translation>
    </message>
    <message>
        <source>Code signing</source>
        <translation>Codesignatur</translation>
    </message>
    <message>
        <source>Email protection</source>
        <translation>E-Mail-Schutz</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time stamping</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>OCSP signing</source>
        <translation>OCSP-Signatur</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Self-signed (Self)</source>
        <translation>Selbstsigniert (Self)</translation>
    </message>
    <message>
        <source>Unknown (a CSR signed by your CA)</source>
        <translation>Unbekannt (Unknown): ein von Ihrer CA signierter CSR</translation>
    </message>
    <message>
        <source>Waiting for the signed certificate</source>
        <translation>Wartet auf das signierte Zertifikat</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Renew automatically</source>
        <translation>Automatisch erneuern</translation>
    </message>
    <message>
        <source>Email contacts</source>
        <translation>E-Mail an Kontakte</translation>
    </message>
    <message>
        <source>%1 at %2% of the lifetime</source>
        <translation>%1 bei %2 % der Lebensdauer</translation>
    </message>
    <message>
        <source>%1 1 day before expiry</source>
        <translation>%1 1 Tag vor Ablauf</translation>
    </message>
    <message>
        <source>%1 %2 days before expiry</source>
        <translation>%1 %2 Tage vor Ablauf</translation>
    </message>
    <message>
        <source>Wrong password: %1. Check it and try again.</source>
        <translation>Falsches Passwort: %1. Prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request is not valid: %1</source>
        <translation>Die Anfrage ist ungültig: %1</translation>
    </message>
    <message>
        <source>%1 cannot be changed now: %2</source>
        <translation>%1 kann gerade nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Die Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s hardware security module (PKCS#11 token) cannot be used now: %1</source>
        <translation>Das Hardware-Sicherheitsmodul des Tresors (PKCS#11-Token) kann gerade nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>check that it is connected and that its PIN was given.</source>
        <translation>Prüfen Sie, ob es angeschlossen ist und ob seine PIN eingegeben wurde.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateVersionsModel</name>
    <message>
        <source>(current) %1</source>
        <translation>(aktuell) %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>coffer::models::Counts</name>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 hour</source>
        <translation>%1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 minute</source>
        <translation>%1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 second</source>
        <translation>%1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 secret</source>
        <translation>%1 Geheimnis</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 Geheimnisse</translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation>%1 Element</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation>%1 Eintrag</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 certificate</source>
        <translation>%1 Zertifikat</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 Zertifikate</translation>
    </message>
</context>
<context>
    <name>coffer::models::DeletedItemsModel</name>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Scheduled purge</source>
        <translation>Geplante endgültige Löschung</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Endgültige Löschung</translation>
    </message>
</context>
<context>
    <name>coffer::models::DueActionScheduler</name>
    <message>
        <source>Could not read the schedule of due actions: %1</source>
        <translation>Der Plan der fälligen Aktionen konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not run the due actions: %1</source>
        <translation>Die fälligen Aktionen konnten nicht ausgeführt werden: %1</translation>
    </message>
</context>
<context>
    <name>coffer::models::EffectiveAccessModel</name>
    <message>
        <source>%1: needs %2</source>
        <translation>%1: benötigt %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>coffer::models::ErrorText</name>
    <message>
        <source>The value entered is not valid.</source>
        <translation>Der eingegebene Wert ist ungültig.</translation>
    </message>
    <message>
        <source>The vault folder, file or keyslot was not found.</source>
        <translation>Der Tresorordner, die Datei oder der Schlüsselplatz wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The name is already in use, or belongs to a deleted item that has not been purged yet.</source>
        <translation>Der Name wird bereits verwendet oder gehört zu einem gelöschten, noch nicht endgültig entfernten Element.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Dazu fehlt Ihnen die Berechtigung.</translation>
    </message>
    <message>
        <source>The credential is wrong: it does not unlock this vault.</source>
        <translation>Die Anmeldeinformation ist falsch: Sie entsperrt diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>The vault database (vault.db) is damaged or truncated. Restore it from a backup.</source>
        <translation>Die Tresordatenbank (vault.db) ist beschädigt oder abgeschnitten. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault header (header.json) is damaged or was changed outside Coffer. Restore it from a backup of this vault.</source>
        <translation>Der Tresorkopf (header.json) ist beschädigt oder wurde außerhalb von Coffer geändert. Stellen Sie ihn aus einer Sicherung dieses Tresors wieder her.</translation>
    </message>
    <message>
        <source>The vault header (header.json) belongs to a different vault than the database (vault.db) in this folder.</source>
        <translation>Der Tresorkopf (header.json) gehört zu einem anderen Tresor als die Datenbank (vault.db) in diesem Ordner.</translation>
    </message>
    <message>
        <source>The vault header (header.json) is an older copy than this vault expects: keyslots were changed since. Put back the current header.json.</source>
        <translation>Der Tresorkopf (header.json) ist eine ältere Kopie, als dieser Tresor erwartet: Die Schlüsselplätze wurden seither geändert. Legen Sie die aktuelle header.json zurück.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Coffer. Open it with that version or a later one.</source>
        <translation>Dieser Tresor wurde mit einer neueren Coffer-Version erstellt. Öffnen Sie ihn mit dieser oder einer späteren Version.</translation>
    </message>
    <message>
        <source>This folder is not a Coffer vault.</source>
        <translation>Dieser Ordner ist kein Coffer-Tresor.</translation>
    </message>
    <message>
        <source>Part of the vault is missing (header.json or vault.db). Restore the missing file from a backup.</source>
        <translation>Ein Teil des Tresors fehlt (header.json oder vault.db). Stellen Sie die fehlende Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>A vault or file with this name already exists there. Choose another name or folder.</source>
        <translation>Dort gibt es bereits einen Tresor oder eine Datei mit diesem Namen. Wählen Sie einen anderen Namen oder Ordner.</translation>
    </message>
    <message>
        <source>Reading or writing a file failed. Check the disk and the folder permissions.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden. Prüfen Sie den Datenträger und die Ordnerberechtigungen.</translation>
    </message>
    <message>
        <source>Another program is using this vault. Try again in a moment.</source>
        <translation>Ein anderes Programm verwendet diesen Tresor. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The vault folder is read-only. Coffer needs write access to it.</source>
        <translation>Der Tresorordner ist schreibgeschützt. Coffer benötigt Schreibzugriff darauf.</translation>
    </message>
    <message>
        <source>The hardware security module (PKCS#11 token) cannot be used. Check that it is connected.</source>
        <translation>Das Hardware-Sicherheitsmodul (PKCS#11-Token) kann nicht verwendet werden. Prüfen Sie, ob es angeschlossen ist.</translation>
    </message>
    <message>
        <source>The OS keychain cannot be reached, is locked, or refused access.</source>
        <translation>Der Schlüsselbund des Betriebssystems ist nicht erreichbar, gesperrt oder hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed.</source>
        <translation>Eine kryptografische Operation ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The cryptographic self-tests failed. Coffer refuses to work with vaults on this system.</source>
        <translation>Die kryptografischen Selbsttests sind fehlgeschlagen. Coffer verweigert auf diesem System die Arbeit mit Tresoren.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>An internal error occurred in Coffer. Please report it.</source>
        <translation>In Coffer ist ein interner Fehler aufgetreten. Bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>An unknown error occurred.</source>
        <translation>Ein unbekannter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Falsche Passphrase. Prüfen Sie die Feststelltaste und die Tastaturbelegung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This recovery key is well-formed but does not unlock this vault. It may belong to another vault.</source>
        <translation>Dieser Wiederherstellungsschlüssel ist gültig aufgebaut, entsperrt diesen Tresor aber nicht. Vielleicht gehört er zu einem anderen Tresor.</translation>
    </message>
    <message>
        <source>The key stored in the OS keychain does not unlock this vault (it belongs to another copy).</source>
        <translation>Der im Schlüsselbund gespeicherte Schlüssel entsperrt diesen Tresor nicht (er gehört zu einer anderen Kopie).</translation>
    </message>
    <message>
        <source>The recovery key is mistyped: a character is wrong or missing (its checksum does not match). Compare each group with your saved copy.</source>
        <translation>Der Wiederherstellungsschlüssel ist falsch eingegeben: Ein Zeichen ist falsch oder fehlt (die Prüfsumme stimmt nicht). Vergleichen Sie jede Gruppe mit Ihrer gespeicherten Kopie.</translation>
    </message>
    <message>
        <source>The OS keychain holds no key for this vault.</source>
        <translation>Der Schlüsselbund des Betriebssystems enthält keinen Schlüssel für diesen Tresor.</translation>
    </message>
    <message>
        <source>The vault folder was not found. It may have been moved, renamed or deleted.</source>
        <translation>Der Tresorordner wurde nicht gefunden. Vielleicht wurde er verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>A secret named %1 already exists. Select it and use New version to change its value.</source>
        <translation>Ein Geheimnis namens %1 existiert bereits. Wählen Sie es aus und ändern Sie seinen Wert mit „Neue Version“.</translation>
    </message>
    <message>
        <source>An object named %1 already exists.</source>
        <translation>Ein Objekt namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>%1 is the name of a deleted item that has not been purged yet, so it cannot be reused. Recover it in Manage deleted (and add a new version), or purge it there first.</source>
        <translation>%1 ist der Name eines gelöschten Elements, das noch nicht endgültig gelöscht wurde; der Name kann daher nicht wiederverwendet werden. Stellen Sie es unter „Gelöschte verwalten“ wieder her (und fügen Sie eine neue Version hinzu) oder löschen Sie es dort zuerst endgültig.</translation>
    </message>
    <message>
        <source>This vault already has an item with the name in the backup (live or deleted). Delete and purge it first, or restore into another vault.</source>
        <translation>Dieser Tresor enthält bereits ein Element mit dem Namen aus der Sicherung (aktiv oder gelöscht). Löschen Sie es zuerst und danach endgültig, oder stellen Sie in einen anderen Tresor wieder her.</translation>
    </message>
    <message>
        <source>%1 cannot be recovered: an item of that name exists again.</source>
        <translation>%1 kann nicht wiederhergestellt werden: Ein Element dieses Namens existiert wieder.</translation>
    </message>
    <message>
        <source>This version of %1 is disabled, and a disabled version cannot be read. Enable it first.</source>
        <translation>Diese Version von %1 ist deaktiviert, und eine deaktivierte Version kann nicht gelesen werden. Aktivieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>%1 cannot be purged yet: purge protection is on for this vault, so deleted items are kept until their scheduled purge date. It can still be recovered.</source>
        <translation>%1 kann noch nicht endgültig gelöscht werden: Für diesen Tresor ist der Löschschutz aktiv, gelöschte Elemente bleiben bis zum geplanten Datum erhalten. Es kann weiterhin wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This vault does not hold the backup key the file was sealed with. Import the backup key of the vault that made the backup first.</source>
        <translation>Dieser Tresor besitzt den Sicherungsschlüssel nicht, mit dem die Datei versiegelt wurde. Importieren Sie zuerst den Sicherungsschlüssel des Tresors, der die Sicherung erstellt hat.</translation>
    </message>
    <message>
        <source>%1 is no longer in the deleted list: another program may have recovered or purged it.</source>
        <translation>%1 ist nicht mehr in der Liste der gelöschten Elemente: Ein anderes Programm hat es möglicherweise wiederhergestellt oder endgültig gelöscht.</translation>
    </message>
    <message>
        <source>%1 no longer exists: another program may have deleted it. The list was refreshed.</source>
        <translation>%1 existiert nicht mehr: Ein anderes Programm hat es möglicherweise gelöscht. Die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <source>The file is not a Coffer backup of a secret.</source>
        <translation>Die Datei ist keine Coffer-Sicherung eines Geheimnisses.</translation>
    </message>
    <message>
        <source>The backup file is damaged or truncated.</source>
        <translation>Die Sicherungsdatei ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>This client secret does not unlock this vault.</source>
        <translation>Dieser geheime Clientschlüssel entsperrt diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>This private key does not belong to a certificate credential of this vault.</source>
        <translation>Dieser private Schlüssel gehört zu keiner Zertifikat-Anmeldeinformation dieses Tresors.</translation>
    </message>
    <message>
        <source>You do not have permission to do this: it needs %1. Ask someone who manages access to this vault for a role that grants it.</source>
        <translation>Dazu fehlt Ihnen die Berechtigung: Es wird %1 benötigt. Bitten Sie jemanden, der den Zugriff auf diesen Tresor verwaltet, um eine Rolle, die dies gewährt.</translation>
    </message>
    <message>
        <source>This would leave nobody able to manage access to this vault. Give another user or application the Owner or User Access Administrator role first.</source>
        <translation>Danach könnte niemand mehr den Zugriff auf diesen Tresor verwalten. Weisen Sie zuerst einem anderen Benutzer oder einer anderen Anwendung die Rolle Owner oder User Access Administrator zu.</translation>
    </message>
    <message>
        <source>A principal named %1 exists already.</source>
        <translation>Ein Prinzipal namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>%1 holds this role at this scope already.</source>
        <translation>%1 hat diese Rolle in diesem Bereich bereits.</translation>
    </message>
    <message>
        <source>%1 is a member of this group already.</source>
        <translation>%1 ist bereits Mitglied dieser Gruppe.</translation>
    </message>
    <message>
        <source>%1 no longer exists: another program may have changed access control. The lists were refreshed.</source>
        <translation>%1 existiert nicht mehr: Möglicherweise hat ein anderes Programm die Zugriffssteuerung geändert. Die Listen wurden aktualisiert.</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>Das Element</translation>
    </message>
    <message>
        <source>A name has 1 to 64 characters: letters, digits, spaces and . _ - @. A new user also needs a passphrase.</source>
        <translation>Ein Name hat 1 bis 64 Zeichen: Buchstaben, Ziffern, Leerzeichen und . _ - @. Ein neuer Benutzer braucht außerdem eine Passphrase.</translation>
    </message>
    <message>
        <source>Groups contain users and applications only; groups do not nest.</source>
        <translation>Gruppen enthalten nur Benutzer und Anwendungen; Gruppen lassen sich nicht verschachteln.</translation>
    </message>
    <message>
        <source>You cannot delete the principal you are signed in as; another principal must do it.</source>
        <translation>Sie können den Prinzipal, als der Sie angemeldet sind, nicht löschen; das muss ein anderer Prinzipal tun.</translation>
    </message>
</context>
<context>
    <name>coffer::models::ExpiryHeatmapData</name>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You may not list these objects.</source>
        <translation>Sie dürfen diese Objekte nicht auflisten.</translation>
    </message>
    <message>
        <source>Nothing expires or rotates.</source>
        <translation>Nichts läuft ab oder rotiert.</translation>
    </message>
    <message>
        <source>Expire (%1): %2</source>
        <translation>Ablauf (%1): %2</translation>
    </message>
    <message>
        <source>Renew (%1): %2</source>
        <translation>Erneuerung (%1): %2</translation>
    </message>
    <message>
        <source>Rotate (%1): %2</source>
        <translation>Rotation (%1): %2</translation>
    </message>
    <message>
        <source>%1: not permitted</source>
        <translation>%1: nicht erlaubt</translation>
    </message>
    <message numerus="yes">
        <source>%n expiring</source>
        <translation>
            <numerusform>%n läuft ab</numerusform>
            <numerusform>%n laufen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>1 renewal</source>
        <translation>1 Erneuerung</translation>
    </message>
    <message>
        <source>%1 renewals</source>
        <translation>%1 Erneuerungen</translation>
    </message>
    <message>
        <source>1 rotation</source>
        <translation>1 Rotation</translation>
    </message>
    <message>
        <source>%1 rotations</source>
        <translation>%1 Rotationen</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Expire within %1 days: %2</source>
        <translation>Läuft innerhalb von %1 Tagen ab: %2</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation>Abgelaufen: %1</translation>
    </message>
</context>
<context>
    <name>coffer::models::HsmSettingsModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>p11-kit lists no PKCS#11 module on this machine: choose the module file with Browse.</source>
        <translation>p11-kit listet auf diesem Rechner kein PKCS#11-Modul auf: Wählen Sie die Moduldatei mit „Durchsuchen…“ aus.</translation>
    </message>
    <message>
        <source>The module offers no token.</source>
        <translation>Das Modul bietet kein Token an.</translation>
    </message>
    <message>
        <source>The PIN is correct: the token accepted it.</source>
        <translation>Die PIN ist richtig: Das Token hat sie angenommen.</translation>
    </message>
    <message>
        <source>The vault is bound to the token.</source>
        <translation>Der Tresor ist an das Token gebunden.</translation>
    </message>
    <message>
        <source>The vault is no longer bound to a token.</source>
        <translation>Der Tresor ist an kein Token mehr gebunden.</translation>
    </message>
    <message>
        <source>The PIN was removed from the keychain.</source>
        <translation>Die PIN wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>Wait for the token to answer.</source>
        <translation>Warten Sie auf die Antwort des Tokens.</translation>
    </message>
    <message>
        <source>Choose a PKCS#11 module first.</source>
        <translation>Wählen Sie zuerst ein PKCS#11-Modul.</translation>
    </message>
    <message>
        <source>Choose a token of the module first.</source>
        <translation>Wählen Sie zuerst ein Token des Moduls.</translation>
    </message>
    <message>
        <source>Enter the token&apos;s user PIN first.</source>
        <translation>Geben Sie zuerst die Benutzer-PIN des Tokens ein.</translation>
    </message>
    <message>
        <source>The vault holds HSM keys on token &apos;%1&apos;: it cannot move to another token.</source>
        <translation>Der Tresor hat HSM-Schlüssel auf dem Token „%1“: Er kann nicht zu einem anderen Token wechseln.</translation>
    </message>
    <message>
        <source>No token is bound yet: Bind checks the PIN.</source>
        <translation>Noch ist kein Token gebunden: „Binden“ prüft die PIN.</translation>
    </message>
    <message>
        <source>The token&apos;s status is not known yet.</source>
        <translation>Der Status des Tokens ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>No token is bound.</source>
        <translation>Es ist kein Token gebunden.</translation>
    </message>
    <message>
        <source>The vault holds 1 HSM key version on this token: purge it before unbinding.</source>
        <translation>Der Tresor hat 1 HSM-Schlüsselversion auf diesem Token: Löschen Sie sie endgültig, bevor Sie die Bindung lösen.</translation>
    </message>
    <message>
        <source>The vault holds %1 HSM key versions on this token: purge them before unbinding.</source>
        <translation>Der Tresor hat %1 HSM-Schlüsselversionen auf diesem Token: Löschen Sie sie endgültig, bevor Sie die Bindung lösen.</translation>
    </message>
    <message>
        <source>Bind this vault to token &apos;%1&apos; of module %2? New HSM keys are generated on it, and the vault records the token&apos;s label and serial.</source>
        <translation>Diesen Tresor an das Token „%1“ des Moduls %2 binden? Neue HSM-Schlüssel werden darauf erzeugt, und der Tresor speichert Bezeichnung und Seriennummer des Tokens.</translation>
    </message>
    <message>
        <source>It replaces the binding to token &apos;%1&apos; (serial %2).</source>
        <translation>Dies ersetzt die Bindung an das Token „%1“ (Seriennummer %2).</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (Seriennummer %2)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>(not initialised)</source>
        <translation>(nicht initialisiert)</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>None: the vault has no HSM binding. Software keys work without one.</source>
        <translation>Keines: Der Tresor ist an kein HSM gebunden. Software-Schlüssel funktionieren auch ohne.</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Module loads</source>
        <translation>Modul ladbar</translation>
    </message>
    <message>
        <source>Token present</source>
        <translation>Token vorhanden</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>yes (PIN in the keychain)</source>
        <translation>ja (PIN im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Missing mechanisms</source>
        <translation>Fehlende Mechanismen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>HSM keys</source>
        <translation>HSM-Schlüssel</translation>
    </message>
    <message>
        <source>%1 (objects of purged keys: %2)</source>
        <translation>%1 (Objekte endgültig gelöschter Schlüssel: %2)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Wrong PIN: the token refused it. Check the user PIN (not the SO PIN); tokens lock after a few wrong tries.</source>
        <translation>Falsche PIN: Das Token hat sie abgelehnt. Prüfen Sie die Benutzer-PIN (nicht die SO-PIN); Tokens sperren sich nach wenigen Fehlversuchen.</translation>
    </message>
    <message>
        <source>The module cannot be used: %1</source>
        <translation>Das Modul kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The token cannot be used: %1</source>
        <translation>Das Token kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The vault still holds HSM keys on this token: purge them before unbinding.</source>
        <translation>Der Tresor hat noch HSM-Schlüssel auf diesem Token: Löschen Sie sie endgültig, bevor Sie die Bindung lösen.</translation>
    </message>
    <message>
        <source>The vault holds HSM keys on another token: it cannot be bound to this one.</source>
        <translation>Der Tresor hat HSM-Schlüssel auf einem anderen Token: Er kann nicht an dieses gebunden werden.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>The token cannot serve this vault: %1</source>
        <translation>Das Token ist für diesen Tresor nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>PKCS#11 modules found: %1.</source>
        <translation>Gefundene PKCS#11-Module: %1.</translation>
    </message>
    <message>
        <source>Tokens found: %1.</source>
        <translation>Gefundene Token: %1.</translation>
    </message>
    <message>
        <source>The token status was read.</source>
        <translation>Der Token-Status wurde gelesen.</translation>
    </message>
    <message>
        <source>Orphaned objects on the token</source>
        <translation>Verwaiste Objekte auf dem Token</translation>
    </message>
    <message>
        <source>This computer does not trust this module, so its tokens are not listed.</source>
        <translation>Dieser Rechner vertraut diesem Modul nicht, daher werden seine Tokens nicht aufgelistet.</translation>
    </message>
    <message>
        <source>This computer now trusts the PKCS#11 module %1.</source>
        <translation>Dieser Rechner vertraut jetzt dem PKCS#11-Modul %1.</translation>
    </message>
    <message>
        <source>This vault names the PKCS#11 module %1, which this computer does not trust. A module runs inside Coffer with your rights and sees the token PIN. Trust it only if you know where it comes from.</source>
        <translation>Dieser Tresor nennt das PKCS#11-Modul %1, dem dieser Rechner nicht vertraut. Ein Modul läuft in Coffer mit Ihren Rechten und sieht die PIN des Tokens. Vertrauen Sie ihm nur, wenn Sie wissen, woher es stammt.</translation>
    </message>
    <message>
        <source>Trust the PKCS#11 module %1? Coffer then loads it for every vault that names it, with your rights, and gives it the token PIN. Do this only if you installed the module or know where it comes from.</source>
        <translation>Dem PKCS#11-Modul %1 vertrauen? Coffer lädt es dann für jeden Tresor, der es nennt, mit Ihren Rechten und übergibt ihm die PIN des Tokens. Tun Sie das nur, wenn Sie das Modul selbst installiert haben oder wissen, woher es stammt.</translation>
    </message>
    <message>
        <source>This computer does not trust the token&apos;s module: trust it first.</source>
        <translation>Dieser Rechner vertraut dem Modul des Tokens nicht: Vertrauen Sie ihm zuerst.</translation>
    </message>
    <message>
        <source>This computer trusts the module already.</source>
        <translation>Dieser Rechner vertraut dem Modul bereits.</translation>
    </message>
    <message>
        <source>Module trusted</source>
        <translation>Modul vertraut</translation>
    </message>
    <message>
        <source>no: it is not loaded</source>
        <translation>nein: es wird nicht geladen</translation>
    </message>
    <message>
        <source>The module could not be trusted: %1</source>
        <translation>Dem Modul konnte nicht vertraut werden: %1</translation>
    </message>
</context>
<context>
    <name>coffer::models::KeyActions</name>
    <message>
        <source>The vault&apos;s HSM settings cannot be read.</source>
        <translation>Die HSM-Einstellungen des Tresors können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No PKCS#11 token is bound to this vault. Bind one in the vault&apos;s Properties (or with coffer-cli vault hsm bind) to create HSM keys.</source>
        <translation>An diesen Tresor ist kein PKCS#11-Token gebunden. Binden Sie eines in den Eigenschaften des Tresors (oder mit coffer-cli vault hsm bind), um HSM-Schlüssel zu erstellen.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 cannot be loaded.</source>
        <translation>Das PKCS#11-Modul %1 kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>The token %1 (serial %2) is not present. Connect it and try again.</source>
        <translation>Das Token %1 (Seriennummer %2) ist nicht vorhanden. Schließen Sie es an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The PIN of token %1 has not been given in this session.</source>
        <translation>Die PIN des Tokens %1 wurde in dieser Sitzung noch nicht eingegeben.</translation>
    </message>
</context>
<context>
    <name>coffer::models::KeyText</name>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>Elliptic curve (EC)</source>
        <translation>Elliptische Kurve (EC)</translation>
    </message>
    <message>
        <source>Symmetric (oct, AES)</source>
        <translation>Symmetrisch (oct, AES)</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>HSM</source>
        <translation>HSM</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Software key: the key material is kept encrypted in the vault database.</source>
        <translation>Software-Schlüssel: Das Schlüsselmaterial wird verschlüsselt in der Tresordatenbank aufbewahrt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>HSM key: generated on the PKCS#11 token with serial %1; the private key never leaves the token.</source>
        <translation>HSM-Schlüssel: auf dem PKCS#11-Token mit der Seriennummer %1 erzeugt; der private Schlüssel verlässt das Token nie.</translation>
    </message>
    <message>
        <source>HSM key: imported onto the PKCS#11 token with serial %1; the private key cannot be read back from the token.</source>
        <translation>HSM-Schlüssel: auf das PKCS#11-Token mit der Seriennummer %1 importiert; der private Schlüssel kann nicht aus dem Token zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Entschlüsseln</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Wrap key</source>
        <translation>Schlüssel umschließen</translation>
    </message>
    <message>
        <source>Unwrap key</source>
        <translation>Schlüssel entpacken</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Wrong password: the password does not decrypt this PEM file. Check it and try again.</source>
        <translation>Falsches Passwort: Das Passwort entschlüsselt diese PEM-Datei nicht. Prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Wrong PIN: the token refused it. Check the PIN and try again (tokens lock after several wrong tries).</source>
        <translation>Falsche PIN: Das Token hat sie abgelehnt. Prüfen Sie die PIN und versuchen Sie es erneut (Tokens sperren sich nach mehreren Fehlversuchen).</translation>
    </message>
    <message>
        <source>The vault&apos;s hardware security module (PKCS#11 token) cannot be used now: %1</source>
        <translation>Das Hardware-Sicherheitsmodul des Tresors (PKCS#11-Token) kann gerade nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>check that it is connected and that its PIN was given.</source>
        <translation>Prüfen Sie, ob es angeschlossen ist und ob seine PIN eingegeben wurde.</translation>
    </message>
    <message>
        <source>A key named %1 already exists. Select it and use Rotate now for new key material.</source>
        <translation>Ein Schlüssel namens %1 existiert bereits. Wählen Sie ihn aus und erzeugen Sie mit „Jetzt rotieren“ neues Schlüsselmaterial.</translation>
    </message>
    <message>
        <source>The file is not a key Coffer can import (PEM, DER or JWK with the private key): %1</source>
        <translation>Die Datei ist kein Schlüssel, den Coffer importieren kann (PEM, DER oder JWK mit dem privaten Schlüssel): %1</translation>
    </message>
    <message>
        <source>The file is not a Coffer backup of a key.</source>
        <translation>Die Datei ist keine Coffer-Sicherung eines Schlüssels.</translation>
    </message>
    <message>
        <source>The request is not valid: %1</source>
        <translation>Die Anfrage ist ungültig: %1</translation>
    </message>
    <message>
        <source>This key&apos;s private part cannot be exported: it is not marked exportable or it is an HSM key.</source>
        <translation>Der private Teil dieses Schlüssels kann nicht exportiert werden: Er ist nicht als exportierbar markiert, oder es ist ein HSM-Schlüssel.</translation>
    </message>
    <message>
        <source>The change is not allowed: %1</source>
        <translation>Die Änderung ist nicht erlaubt: %1</translation>
    </message>
</context>
<context>
    <name>coffer::models::KeyVersionsModel</name>
    <message>
        <source>(current) %1</source>
        <translation>(aktuell) %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>coffer::models::KeysModel</name>
    <message>
        <source>Software (in the vault database) or HSM (on the vault&apos;s PKCS#11 token)</source>
        <translation>Software (in der Tresordatenbank) oder HSM (auf dem PKCS#11-Token des Tresors)</translation>
    </message>
    <message>
        <source>The operations the key permits (key_ops)</source>
        <translation>Die Vorgänge, die der Schlüssel erlaubt (key_ops)</translation>
    </message>
    <message>
        <source>How many versions the key has</source>
        <translation>Wie viele Versionen der Schlüssel hat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size/curve</source>
        <translation>Größe/Kurve</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>coffer::models::KeyslotListModel</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
</context>
<context>
    <name>coffer::models::NotificationModel</name>
    <message>
        <source>Near expiry</source>
        <translation>Bald ablaufend</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation>Rotiert</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <source>Waiting for the CA</source>
        <translation>Wartet auf die Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>%1 of %2 %3, version %4, recorded %5</source>
        <translation>%1 für %2 %3, Version %4, erfasst %5</translation>
    </message>
    <message>
        <source>Due since %1</source>
        <translation>Fällig seit %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>coffer::models::ObjectActions</name>
    <message>
        <source>Purge protection is on for this vault: nobody can purge this item before its scheduled purge date (%1). It will be purged automatically then; until then it can be recovered.</source>
        <translation>Für diesen Tresor ist der Löschschutz aktiv: Niemand kann dieses Element vor dem geplanten Datum (%1) endgültig löschen. Dann wird es automatisch endgültig gelöscht; bis dahin kann es wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>coffer::models::PasswordStrength</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <source>This is one of the most commonly used passwords.</source>
        <translation>Dies ist eines der am häufigsten verwendeten Passwörter.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; several unrelated words work well.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen; mehrere unzusammenhängende Wörter eignen sich gut.</translation>
    </message>
    <message>
        <source>Avoid repeated characters.</source>
        <translation>Vermeiden Sie wiederholte Zeichen.</translation>
    </message>
    <message>
        <source>Avoid sequences such as &quot;abc&quot; or &quot;123&quot;.</source>
        <translation>Vermeiden Sie Folgen wie „abc“ oder „123“.</translation>
    </message>
    <message>
        <source>Mix in upper-case letters, digits or symbols, or make it longer.</source>
        <translation>Mischen Sie Großbuchstaben, Ziffern oder Sonderzeichen ein, oder machen Sie sie länger.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>coffer::models::PrincipalListModel</name>
    <message>
        <source>No members</source>
        <translation>Keine Mitglieder</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>In: %1</translation>
    </message>
    <message>
        <source>%1 (you); id %2</source>
        <translation>%1 (Sie); ID %2</translation>
    </message>
    <message>
        <source>Id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Members / groups</source>
        <translation>Mitglieder / Gruppen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>coffer::models::PropertiesModel</name>
    <message>
        <source>Role-based access control (RBAC)</source>
        <translation>Rollenbasierte Zugriffssteuerung (RBAC)</translation>
    </message>
    <message>
        <source>Vault access policy</source>
        <translation>Tresorzugriffsrichtlinie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vault ID</source>
        <translation>Tresor-ID</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Soft-delete retention</source>
        <translation>Aufbewahrung nach vorläufigem Löschen</translation>
    </message>
    <message>
        <source>Purge protection</source>
        <translation>Löschschutz</translation>
    </message>
    <message>
        <source>Permission model</source>
        <translation>Berechtigungsmodell</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Recovery level</source>
        <translation>Wiederherstellungsstufe</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>On (cannot be turned off)</source>
        <translation>Ein (kann nicht ausgeschaltet werden)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Format %1, schema %2</source>
        <translation>Format %1, Schema %2</translation>
    </message>
    <message>
        <source>Deleted secrets, keys and certificates can be recovered for this many days. Fixed when the vault was created.</source>
        <translation>Gelöschte Geheimnisse, Schlüssel und Zertifikate können so viele Tage lang wiederhergestellt werden. Beim Erstellen des Tresors festgelegt.</translation>
    </message>
    <message>
        <source>When on, nobody can purge a deleted item before its retention period ends.</source>
        <translation>Wenn eingeschaltet, kann niemand ein gelöschtes Element vor Ablauf seiner Aufbewahrungsfrist endgültig entfernen.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>coffer::models::RoleAssignmentModel</name>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
</context>
<context>
    <name>coffer::models::RotationPolicyForm</name>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>%1 is %2, which the form cannot show in days, months or years; saving replaces it.</source>
        <translation>%1 ist %2, was das Formular nicht in Tagen, Monaten oder Jahren darstellen kann; beim Speichern wird der Wert ersetzt.</translation>
    </message>
    <message>
        <source>The policy has more than one Rotate action; the form shows the first.</source>
        <translation>Die Richtlinie hat mehr als eine Rotate-Aktion; das Formular zeigt die erste.</translation>
    </message>
    <message>
        <source>The rotation time</source>
        <translation>Die Rotationsfrist</translation>
    </message>
    <message>
        <source>The policy has more than one Notify action; the form shows the first.</source>
        <translation>Die Richtlinie hat mehr als eine Notify-Aktion; das Formular zeigt die erste.</translation>
    </message>
    <message>
        <source>The notification time</source>
        <translation>Die Benachrichtigungsfrist</translation>
    </message>
    <message>
        <source>The Notify action has a time after creation, which Azure does not allow; saving replaces it with a time before expiry.</source>
        <translation>Die Notify-Aktion hat eine Zeit nach der Erstellung, was Azure nicht erlaubt; beim Speichern wird sie durch eine Zeit vor dem Ablauf ersetzt.</translation>
    </message>
    <message>
        <source>The expiry time of new versions</source>
        <translation>Die Ablauffrist neuer Versionen</translation>
    </message>
    <message>
        <source>This is not a valid policy value.</source>
        <translation>Dies ist kein gültiger Richtlinienwert.</translation>
    </message>
    <message>
        <source>Each action needs exactly one time: after creation or before expiry.</source>
        <translation>Jede Aktion braucht genau eine Zeit: nach der Erstellung oder vor dem Ablauf.</translation>
    </message>
    <message>
        <source>A notification can only be sent a time before expiry, not after creation.</source>
        <translation>Eine Benachrichtigung kann nur eine bestimmte Zeit vor dem Ablauf gesendet werden, nicht nach der Erstellung.</translation>
    </message>
    <message>
        <source>A policy has at most one Rotate and one Notify action.</source>
        <translation>Eine Richtlinie hat höchstens eine Rotate- und eine Notify-Aktion.</translation>
    </message>
    <message>
        <source>Rotate at least 7 days after creation.</source>
        <translation>Rotieren Sie frühestens 7 Tage nach der Erstellung.</translation>
    </message>
    <message>
        <source>The time before expiry must be at least 7 days.</source>
        <translation>Die Zeit vor dem Ablauf muss mindestens 7 Tage betragen.</translation>
    </message>
    <message>
        <source>Rotating before expiry needs an expiry time for new versions: set &quot;New versions expire after&quot;.</source>
        <translation>Das Rotieren vor dem Ablauf braucht eine Ablauffrist für neue Versionen: Setzen Sie „Neue Versionen laufen ab nach“.</translation>
    </message>
    <message>
        <source>The time before expiry must be at least 7 days shorter than the expiry time of new versions.</source>
        <translation>Die Zeit vor dem Ablauf muss mindestens 7 Tage kürzer sein als die Ablauffrist neuer Versionen.</translation>
    </message>
    <message>
        <source>This policy breaks a rule.</source>
        <translation>Diese Richtlinie verstößt gegen eine Regel.</translation>
    </message>
    <message>
        <source>No action is chosen: the default policy applies (notify %1 before expiry).</source>
        <translation>Keine Aktion gewählt: Es gilt die Standardrichtlinie (Benachrichtigung %1 vor dem Ablauf).</translation>
    </message>
    <message>
        <source>No action is chosen: the default policy applies.</source>
        <translation>Keine Aktion gewählt: Es gilt die Standardrichtlinie.</translation>
    </message>
    <message>
        <source>The policy does not rotate this key.</source>
        <translation>Die Richtlinie rotiert diesen Schlüssel nicht.</translation>
    </message>
    <message>
        <source>The current version has no expiry date, so a rotation before expiry is not scheduled.</source>
        <translation>Die aktuelle Version hat kein Ablaufdatum, daher ist keine Rotation vor dem Ablauf geplant.</translation>
    </message>
    <message>
        <source>No rotation is scheduled.</source>
        <translation>Es ist keine Rotation geplant.</translation>
    </message>
    <message>
        <source>New versions must be valid for at least 28 days.</source>
        <translation>Neue Versionen müssen mindestens 28 Tage gültig sein.</translation>
    </message>
</context>
<context>
    <name>coffer::models::ScheduleModel</name>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Next: %1 on %2 (%3)</source>
        <translation>Nächste: %1 am %2 (%3)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expiring soon from</source>
        <translation>Bald ablaufend ab</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
</context>
<context>
    <name>coffer::models::ScheduleOperations</name>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Rotated %1 %2 (new version %3)</source>
        <translation>%1 %2 rotiert (neue Version %3)</translation>
    </message>
    <message>
        <source>Renewed %1 %2 (new version %3)</source>
        <translation>%1 %2 erneuert (neue Version %3)</translation>
    </message>
    <message>
        <source>Requested a new version of %1 %2: its certificate signing request waits for the CA</source>
        <translation>Neue Version von %1 %2 angefordert: Ihre Zertifikatsignieranforderung wartet auf die Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Near-expiry notice for %1 %2</source>
        <translation>Hinweis auf bevorstehenden Ablauf für %1 %2</translation>
    </message>
    <message>
        <source>Expired notice for %1 %2</source>
        <translation>Ablaufhinweis für %1 %2</translation>
    </message>
    <message>
        <source>Would rotate %1 %2</source>
        <translation>Würde %1 %2 rotieren</translation>
    </message>
    <message>
        <source>Would renew %1 %2</source>
        <translation>Würde %1 %2 erneuern</translation>
    </message>
    <message>
        <source>Would record a notice for %1 %2</source>
        <translation>Würde einen Hinweis für %1 %2 erfassen</translation>
    </message>
    <message>
        <source>Skipped %1 %2</source>
        <translation>%1 %2 übersprungen</translation>
    </message>
    <message>
        <source>Failed for %1 %2</source>
        <translation>Fehlgeschlagen für %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>nichts war fällig</translation>
    </message>
    <message>
        <source>%1 rotated</source>
        <translation>%1 rotiert</translation>
    </message>
    <message>
        <source>%1 renewed</source>
        <translation>%1 erneuert</translation>
    </message>
    <message>
        <source>%1 waiting for their CA</source>
        <translation>%1 warten auf ihre Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>%1 notified (near expiry)</source>
        <translation>%1 benachrichtigt (bald ablaufend)</translation>
    </message>
    <message>
        <source>%1 notified (expired)</source>
        <translation>%1 benachrichtigt (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 would rotate</source>
        <translation>%1 würden rotiert</translation>
    </message>
    <message>
        <source>%1 would renew</source>
        <translation>%1 würden erneuert</translation>
    </message>
    <message>
        <source>%1 would be notified</source>
        <translation>%1 würden benachrichtigt</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>coffer::models::SearchIndex</name>
    <message>
        <source>tag %1=%2</source>
        <translation>Tag %1=%2</translation>
    </message>
    <message>
        <source>content type %1</source>
        <translation>Inhaltstyp %1</translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation>Antragsteller %1</translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <source>thumbprint %1</source>
        <translation>Fingerabdruck %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>alternative name %1</source>
        <translation>alternativer Name %1</translation>
    </message>
</context>
<context>
    <name>coffer::models::SearchModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
</context>
<context>
    <name>coffer::models::SecretListModel</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Kein Ablaufdatum</translation>
    </message>
    <message>
        <source>Expires within a day (%1)</source>
        <translation>Läuft innerhalb eines Tages ab (%1)</translation>
    </message>
    <message>
        <source>Expires in %1 (%2)</source>
        <translation>Läuft in %1 ab (%2)</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Nicht gültig vor %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>coffer::models::SecretRotationForm</name>
    <message>
        <source>Rotating makes a new value, so it needs a generator: tick &quot;Generate a new value when rotating&quot; and choose how it is made, or notify only.</source>
        <translation>Rotieren erzeugt einen neuen Wert und braucht daher einen Generator: Kreuzen Sie „Beim Rotieren einen neuen Wert erzeugen“ an und wählen Sie, wie er erzeugt wird, oder benachrichtigen Sie nur.</translation>
    </message>
    <message>
        <source>This is not a valid generator value.</source>
        <translation>Dies ist kein gültiger Generatorwert.</translation>
    </message>
    <message>
        <source>A generated password has %1 to %2 characters.</source>
        <translation>Ein erzeugtes Passwort hat %1 bis %2 Zeichen.</translation>
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation>Wählen Sie mindestens eine Zeichenart.</translation>
    </message>
    <message>
        <source>Symbols are printable ASCII characters other than letters, digits and space, each listed once.</source>
        <translation>Symbole sind druckbare ASCII-Zeichen außer Buchstaben, Ziffern und Leerzeichen, jedes nur einmal aufgeführt.</translation>
    </message>
    <message>
        <source>Leaving out ambiguous characters leaves a chosen kind of character empty: add symbols or allow ambiguous characters.</source>
        <translation>Ohne mehrdeutige Zeichen bleibt eine gewählte Zeichenart leer: Fügen Sie Symbole hinzu oder erlauben Sie mehrdeutige Zeichen.</translation>
    </message>
    <message>
        <source>Random values have %1 to %2 bytes.</source>
        <translation>Zufallswerte haben %1 bis %2 Bytes.</translation>
    </message>
    <message>
        <source>This policy breaks a rule.</source>
        <translation>Diese Richtlinie verletzt eine Regel.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The policy does not rotate this secret.</source>
        <translation>Die Richtlinie rotiert dieses Geheimnis nicht.</translation>
    </message>
    <message>
        <source>The current version has no expiry date, so a rotation before expiry is not scheduled.</source>
        <translation>Die aktuelle Version hat kein Ablaufdatum, daher ist keine Rotation vor dem Ablauf geplant.</translation>
    </message>
    <message>
        <source>No rotation is scheduled.</source>
        <translation>Es ist keine Rotation geplant.</translation>
    </message>
    <message>
        <source>No estimate: the generator is not valid.</source>
        <translation>Keine Schätzung: Der Generator ist nicht gültig.</translation>
    </message>
    <message>
        <source>About %1 bits of entropy: %2</source>
        <translation>Etwa %1 Bit Entropie: %2</translation>
    </message>
    <message>
        <source>No generator: the policy can only notify.</source>
        <translation>Kein Generator: Die Richtlinie kann nur benachrichtigen.</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Base64url</source>
        <translation>Base64url</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>%1 random bytes, %2-encoded (%3 characters)</source>
        <translation>%1 Zufallsbytes, %2-kodiert (%3 Zeichen)</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>upper case</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>symbols %1</source>
        <translation>Symbole %1</translation>
    </message>
    <message>
        <source>%1 characters from %2</source>
        <translation>%1 Zeichen aus %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>, without ambiguous characters</source>
        <translation>, ohne mehrdeutige Zeichen</translation>
    </message>
</context>
<context>
    <name>coffer::models::SecretRotationOperations</name>
    <message>
        <source>%1 was not rotated: its rotation policy has no generator, so there is no way to make a new value. Open Rotation policy…, choose how new values are generated, and save.</source>
        <translation>%1 wurde nicht rotiert: Seine Rotationsrichtlinie hat keinen Generator, daher kann kein neuer Wert erzeugt werden. Öffnen Sie Rotationsrichtlinie…, wählen Sie, wie neue Werte erzeugt werden, und speichern Sie.</translation>
    </message>
    <message>
        <source>The rotation policy of %1 was refused: %2. Correct it and save again.</source>
        <translation>Die Rotationsrichtlinie von %1 wurde abgelehnt: %2. Korrigieren Sie sie und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>coffer::models::SecretVersionsModel</name>
    <message>
        <source>(current) %1</source>
        <translation>(aktuell) %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>coffer::models::TimeFormat</name>
    <message>
        <source>purge due (at the next unlock)</source>
        <translation>endgültige Löschung fällig (beim nächsten Entsperren)</translation>
    </message>
    <message>
        <source>purged in %1 %2 h</source>
        <translation>endgültig gelöscht in %1 %2 h</translation>
    </message>
    <message>
        <source>purged in %1 h %2 min</source>
        <translation>endgültig gelöscht in %1 h %2 min</translation>
    </message>
    <message>
        <source>purged in %1</source>
        <translation>endgültig gelöscht in %1</translation>
    </message>
</context>
<context>
    <name>coffer::models::TimelineTicks</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
</context>
<context>
    <name>coffer::models::VaultListModel</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Pinned to the top of the list</source>
        <translation>Oben in der Liste angeheftet</translation>
    </message>
</context>
<context>
    <name>coffer::models::VaultNameHint</name>
    <message>
        <source>3 to 24 characters: letters, digits and dashes. Start with a letter, end with a letter or digit, and do not use two dashes in a row.</source>
        <translation>3 bis 24 Zeichen: Buchstaben, Ziffern und Bindestriche. Mit einem Buchstaben beginnen, mit einem Buchstaben oder einer Ziffer enden, keine zwei Bindestriche hintereinander.</translation>
    </message>
    <message>
        <source>Enter a name for the vault.</source>
        <translation>Geben Sie einen Namen für den Tresor ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed: use only letters a–z, A–Z, digits and dashes.</source>
        <translation>„%1“ ist nicht erlaubt: Verwenden Sie nur die Buchstaben a–z, A–Z, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>The name must start with a letter.</source>
        <translation>Der Name muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>The name is too short: at least 3 characters.</source>
        <translation>Der Name ist zu kurz: mindestens 3 Zeichen.</translation>
    </message>
    <message>
        <source>The name is too long: at most 24 characters (now %1).</source>
        <translation>Der Name ist zu lang: höchstens 24 Zeichen (jetzt %1).</translation>
    </message>
    <message>
        <source>The name must end with a letter or digit.</source>
        <translation>Der Name muss mit einem Buchstaben oder einer Ziffer enden.</translation>
    </message>
    <message>
        <source>The name must not contain two dashes in a row.</source>
        <translation>Der Name darf keine zwei Bindestriche hintereinander enthalten.</translation>
    </message>
</context>
<context>
    <name>coffer::models::VaultOverview</name>
    <message>
        <source>Expired: %1. Whatever uses them fails now.</source>
        <translation>Abgelaufen: %1. Was sie verwendet, schlägt jetzt fehl.</translation>
    </message>
    <message>
        <source>Renew them, or delete the ones no longer needed.</source>
        <translation>Erneuern Sie sie, oder löschen Sie die nicht mehr benötigten.</translation>
    </message>
    <message>
        <source>Make a new version, or delete the ones no longer needed.</source>
        <translation>Legen Sie eine neue Version an, oder löschen Sie die nicht mehr benötigten.</translation>
    </message>
    <message>
        <source>Overdue: %1 whose rotation or renewal was due and has not run.</source>
        <translation>Überfällig: %1, deren Rotation oder Erneuerung fällig war und nicht ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Run the due actions on the Rotation &amp; expiry page, or check why the last run failed.</source>
        <translation>Führen Sie die fälligen Aktionen auf der Seite „Rotation &amp; Ablauf“ aus, oder prüfen Sie, warum der letzte Lauf fehlschlug.</translation>
    </message>
    <message>
        <source>Expiring soon: %1.</source>
        <translation>Läuft bald ab: %1.</translation>
    </message>
    <message>
        <source>Renew them before they expire, or let their policy renew them automatically.</source>
        <translation>Erneuern Sie sie vor dem Ablauf, oder lassen Sie ihre Richtlinie sie automatisch erneuern.</translation>
    </message>
    <message>
        <source>Rotate them, or give them a rotation policy that does it on time.</source>
        <translation>Rotieren Sie sie, oder geben Sie ihnen eine Rotationsrichtlinie, die das rechtzeitig erledigt.</translation>
    </message>
    <message>
        <source>Purge protection is off: anyone allowed to purge can destroy deleted objects for good before their %1 retention ends.</source>
        <translation>Der Löschschutz ist aus: Wer endgültig löschen darf, kann gelöschte Objekte vor dem Ende ihrer Aufbewahrung (%1) für immer vernichten.</translation>
    </message>
    <message>
        <source>Turn it on (it can never be turned off again).</source>
        <translation>Schalten Sie ihn ein (er lässt sich nie wieder ausschalten).</translation>
    </message>
    <message>
        <source>No rotation policy: %1. They are never rotated unless someone remembers to.</source>
        <translation>Keine Rotationsrichtlinie: %1. Sie werden nie rotiert, außer jemand denkt daran.</translation>
    </message>
    <message>
        <source>Never rotated: %1 with one version, older than %2.</source>
        <translation>Nie rotiert: %1 mit nur einer Version, älter als %2.</translation>
    </message>
    <message>
        <source>Set a new value, or give them a rotation policy with a generator.</source>
        <translation>Setzen Sie einen neuen Wert, oder geben Sie ihnen eine Rotationsrichtlinie mit Generator.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>rotates</source>
        <translation>rotiert</translation>
    </message>
    <message>
        <source>renews</source>
        <translation>erneuert</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>You may not list them.</source>
        <translation>Sie dürfen sie nicht auflisten.</translation>
    </message>
    <message>
        <source>%1 disabled</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message>
        <source>All enabled and valid</source>
        <translation>Alle aktiviert und gültig</translation>
    </message>
    <message>
        <source>%1, … and %2 more</source>
        <translation>%1, … und %2 weitere</translation>
    </message>
    <message>
        <source>Give each a rotation policy: on the Keys page, the key&apos;s Rotation policy tab.</source>
        <translation>Geben Sie jedem eine Rotationsrichtlinie: auf der Seite „Schlüssel“, Registerkarte „Rotationsrichtlinie“ des Schlüssels.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AccessCheckPanel</name>
    <message>
        <source>&amp;Check access</source>
        <translation>Zugriff &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>&amp;Prinzipal:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 of %4 operations allowed.</source>
        <translation>%1 auf %2: %3 von %4 Vorgängen erlaubt.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AccessPage</name>
    <message>
        <source>Role assignments</source>
        <translation>Rollenzuweisungen</translation>
    </message>
    <message>
        <source>Principals and groups</source>
        <translation>Prinzipale und Gruppen</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>Zugriff prüfen</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>Zugriffssteuerung</translation>
    </message>
    <message>
        <source>Access policies</source>
        <translation>Zugriffsrichtlinien</translation>
    </message>
    <message>
        <source>Permission model: %1. %2</source>
        <translation>Berechtigungsmodell: %1. %2</translation>
    </message>
    <message>
        <source>Role assignments decide who may do what, down to single objects.</source>
        <translation>Rollenzuweisungen legen fest, wer was darf, bis hinunter zu einzelnen Objekten.</translation>
    </message>
    <message>
        <source>Access policies decide data operations for the whole vault; managing access itself still uses roles.</source>
        <translation>Zugriffsrichtlinien legen die Datenvorgänge für den ganzen Tresor fest; die Verwaltung des Zugriffs selbst verwendet weiterhin Rollen.</translation>
    </message>
    <message>
        <source>Switch to access policies…</source>
        <translation>Zu Zugriffsrichtlinien wechseln…</translation>
    </message>
    <message>
        <source>Switch to RBAC…</source>
        <translation>Zu RBAC wechseln…</translation>
    </message>
    <message>
        <source>Switch %1 to the vault access policy permission model?</source>
        <translation>%1 auf das Berechtigungsmodell Tresorzugriffsrichtlinie umstellen?</translation>
    </message>
    <message>
        <source>Access policies then decide every operation on secrets, keys and certificates; role assignments stop counting for them (they stay stored and count again if you switch back). Managing access itself (principals, roles, policies) stays with roles, as in Azure. Principals without an access policy lose their data access at once.</source>
        <translation>Danach entscheiden Zugriffsrichtlinien über jeden Vorgang mit Geheimnissen, Schlüsseln und Zertifikaten; Rollenzuweisungen zählen dafür nicht mehr (sie bleiben gespeichert und zählen wieder, wenn Sie zurückwechseln). Die Verwaltung des Zugriffs selbst (Prinzipale, Rollen, Richtlinien) bleibt wie in Azure bei den Rollen. Prinzipale ohne Zugriffsrichtlinie verlieren ihren Datenzugriff sofort.</translation>
    </message>
    <message>
        <source>Switch %1 to Azure role-based access control (RBAC)?</source>
        <translation>%1 auf die rollenbasierte Zugriffssteuerung von Azure (RBAC) umstellen?</translation>
    </message>
    <message>
        <source>Role assignments then decide every operation; access policies stop counting (they stay stored and count again if you switch back). Principals without a role assignment lose their data access at once.</source>
        <translation>Danach entscheiden Rollenzuweisungen über jeden Vorgang; Zugriffsrichtlinien zählen nicht mehr (sie bleiben gespeichert und zählen wieder, wenn Sie zurückwechseln). Prinzipale ohne Rollenzuweisung verlieren ihren Datenzugriff sofort.</translation>
    </message>
    <message>
        <source>Switch Permission Model</source>
        <translation>Berechtigungsmodell wechseln</translation>
    </message>
    <message>
        <source>%1 now uses access policies</source>
        <translation>%1 verwendet jetzt Zugriffsrichtlinien</translation>
    </message>
    <message>
        <source>%1 now uses role-based access control</source>
        <translation>%1 verwendet jetzt rollenbasierte Zugriffssteuerung</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AccessPoliciesPanel</name>
    <message>
        <source>&amp;Add access policy…</source>
        <translation>Zugriffsrichtlinie &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Access policy of %1 saved</source>
        <translation>Zugriffsrichtlinie von %1 gespeichert</translation>
    </message>
    <message>
        <source>Delete Access Policy</source>
        <translation>Zugriffsrichtlinie löschen</translation>
    </message>
    <message>
        <source>Delete the access policy of %1?</source>
        <translation>Die Zugriffsrichtlinie von %1 löschen?</translation>
    </message>
    <message>
        <source>%1 loses every key, secret and certificate permission it granted at once, unless a group&apos;s policy grants them too.</source>
        <translation>%1 verliert sofort jede Schlüssel-, Geheimnis- und Zertifikatberechtigung, die sie gewährt hat, es sei denn, die Richtlinie einer Gruppe gewährt sie ebenfalls.</translation>
    </message>
    <message>
        <source>Access policy of %1 deleted</source>
        <translation>Zugriffsrichtlinie von %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AccessPolicyDialog</name>
    <message>
        <source>Edit Access Policy</source>
        <translation>Zugriffsrichtlinie bearbeiten</translation>
    </message>
    <message>
        <source>Add Access Policy</source>
        <translation>Zugriffsrichtlinie hinzufügen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Vorlage auswählen…</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>&amp;Prinzipal:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Purge is never granted implicitly: no template and no &quot;all&quot; includes it (as in Azure). Tick it on its own where deleted items must be destroyed.</source>
        <translation>Endgültiges Löschen (purge) wird nie stillschweigend gewährt: Keine Vorlage und kein „all“ enthält es (wie in Azure). Kreuzen Sie es einzeln an, wo gelöschte Elemente vernichtet werden müssen.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify a &amp;file…</source>
        <translation>&amp;Datei prüfen…</translation>
    </message>
    <message>
        <source>&amp;Import Azure logs…</source>
        <translation>Azure-Protokolle &amp;importieren…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Write the filtered records to a JSON Lines file that can be verified offline</source>
        <translation>Die gefilterten Einträge in eine JSON-Lines-Datei schreiben, die sich offline prüfen lässt</translation>
    </message>
    <message>
        <source>Recompute the hash chain of the vault&apos;s log and check every signed checkpoint</source>
        <translation>Die Hash-Kette des Tresorprotokolls neu berechnen und jeden signierten Prüfpunkt prüfen</translation>
    </message>
    <message>
        <source>Check an exported audit file, without any vault</source>
        <translation>Eine exportierte Protokolldatei prüfen, ganz ohne Tresor</translation>
    </message>
    <message>
        <source>Review an Azure Key Vault&apos;s AuditEvent logs (read-only) in the same timeline</source>
        <translation>Die AuditEvent-Protokolle eines Azure Key Vault (schreibgeschützt) in derselben Zeitleiste ansehen</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Unbegrenzt aufbewahren</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Records older than this are pruned when the vault is opened; a signed anchor keeps the rest verifiable</source>
        <translation>Ältere Einträge werden beim Öffnen des Tresors entfernt; ein signierter Anker hält den Rest prüfbar</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>&amp;Aufbewahrung:</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Überwachungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>The log could not be verified: %1</source>
        <translation>Das Protokoll konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Verify Audit Export</source>
        <translation>Protokollexport prüfen</translation>
    </message>
    <message>
        <source>Audit exports (*.jsonl);;All files (*)</source>
        <translation>Protokollexporte (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import Azure Audit Logs</source>
        <translation>Azure-Überwachungsprotokolle importieren</translation>
    </message>
    <message>
        <source>Azure Key Vault logs (*.json *.jsonl);;All files (*)</source>
        <translation>Azure-Key-Vault-Protokolle (*.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The Azure log could not be imported: %1</source>
        <translation>Das Azure-Protokoll konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Audit Log Retention</source>
        <translation>Aufbewahrung des Überwachungsprotokolls</translation>
    </message>
    <message>
        <source>Prune audit records older than %1 each time the vault is opened? Pruned records are gone for good; a signed anchor keeps the remaining log verifiable.</source>
        <translation>Protokolleinträge, die älter als %1 sind, bei jedem Öffnen des Tresors entfernen? Entfernte Einträge sind endgültig weg; ein signierter Anker hält das restliche Protokoll prüfbar.</translation>
    </message>
    <message>
        <source>The audit log is now kept forever</source>
        <translation>Das Überwachungsprotokoll wird jetzt unbegrenzt aufbewahrt</translation>
    </message>
    <message>
        <source>Audit records older than %1 will be pruned</source>
        <translation>Protokolleinträge, die älter als %1 sind, werden entfernt</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditDetailsPane</name>
    <message>
        <source>Select an event on the timeline or a record in the table to see it in full.</source>
        <translation>Wählen Sie ein Ereignis in der Zeitleiste oder einen Eintrag in der Tabelle, um alle Angaben zu sehen.</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Imported event: %1</source>
        <translation>Importiertes Ereignis: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditFileCheckDialog</name>
    <message>
        <source>Verify Audit Export</source>
        <translation>Protokollexport prüfen</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>The file is checked on its own: its header and every checkpoint must be signed by the key it names, and every record must chain to the one before.</source>
        <translation>Die Datei wird für sich geprüft: Ihr Kopf und jeder Prüfpunkt müssen mit dem Schlüssel signiert sein, den sie nennt, und jeder Eintrag muss an den vorigen anschließen.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Records %1 to %2: %3 in full, %4 filtered out (hashes only)</source>
        <translation>Einträge %1 bis %2: %3 vollständig, %4 ausgefiltert (nur Hashes)</translation>
    </message>
    <message>
        <source>Signed checkpoints verified: %1</source>
        <translation>Geprüfte signierte Prüfpunkte: %1</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Schlüssel-ID: %1</translation>
    </message>
    <message>
        <source>The file names its own key: compare the key id with the one Verify shows on the vault&apos;s Audit page to know that the file comes from that vault.</source>
        <translation>Die Datei nennt ihren eigenen Schlüssel: Vergleichen Sie die Schlüssel-ID mit der, die „Prüfen“ auf der Überwachungsseite des Tresors zeigt, um sicher zu sein, dass die Datei aus diesem Tresor stammt.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditFilterBar</name>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Von (einschließlich)</translation>
    </message>
    <message>
        <source>To (exclusive)</source>
        <translation>Bis (ausschließlich)</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Target contains…</source>
        <translation>Ziel enthält…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>%1 (Azure)</source>
        <translation>%1 (Azure)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle Prinzipale</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>Target contains</source>
        <translation>Ziel enthält</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditHistogramView</name>
    <message>
        <source>Operations per day: no records</source>
        <translation>Vorgänge pro Tag: keine Einträge</translation>
    </message>
    <message>
        <source>Imported (Azure)</source>
        <translation>Importiert (Azure)</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditPage</name>
    <message>
        <source>Show &amp;imported</source>
        <translation>&amp;Importierte anzeigen</translation>
    </message>
    <message>
        <source>Per &amp;principal</source>
        <translation>Pro &amp;Prinzipal</translation>
    </message>
    <message>
        <source>Per &amp;object</source>
        <translation>Pro &amp;Objekt</translation>
    </message>
    <message>
        <source>Imported Azure events are drawn hollow, in lanes of their own</source>
        <translation>Importierte Azure-Ereignisse werden hohl gezeichnet, in eigenen Bahnen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Überwachungsprotokoll</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Bahnen:</translation>
    </message>
    <message>
        <source>More records could not be read: %1</source>
        <translation>Weitere Einträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>You may not read the audit log of %1.</source>
        <translation>Sie dürfen das Überwachungsprotokoll von %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Auditors usually hold Key Vault Reader; owners and administrators may read it too.</source>
        <translation>Prüfer haben meist die Rolle Key Vault Reader; auch Besitzer und Administratoren dürfen es lesen.</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Überwachungsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 record matches</source>
        <translation>1 Eintrag passt</translation>
    </message>
    <message>
        <source>%1 records match</source>
        <translation>%1 Einträge passen</translation>
    </message>
    <message>
        <source>; the timeline shows the newest %1</source>
        <translation>; die Zeitleiste zeigt die neuesten %1</translation>
    </message>
    <message>
        <source>; %1 imported Azure events</source>
        <translation>; %1 importierte Azure-Ereignisse</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · 0: all</source>
        <translation>Mausrad: Zoom · Ziehen: verschieben · 0: alles</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Protokoll neu lesen</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Protokolleinträge</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditTimeline</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 events in %2: %3</source>
        <translation>%1 Ereignisse in %2: %3</translation>
    </message>
    <message>
        <source>Zoom in to see them one by one.</source>
        <translation>Vergrößern Sie, um sie einzeln zu sehen.</translation>
    </message>
    <message>
        <source>No audit records match the filter.</source>
        <translation>Keine Protokolleinträge passen zum Filter.</translation>
    </message>
    <message>
        <source>No events in this part of the timeline. Press Home or End to go to the oldest or newest, or 0 to see everything.</source>
        <translation>In diesem Teil der Zeitleiste gibt es keine Ereignisse. Pos1 oder Ende springt zum ältesten oder neuesten, 0 zeigt alles.</translation>
    </message>
    <message>
        <source>Ticks: %1</source>
        <translation>Raster: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Imported from Azure (read-only, not part of this vault&apos;s signed log)</source>
        <translation>Aus Azure importiert (schreibgeschützt, nicht Teil des signierten Protokolls dieses Tresors)</translation>
    </message>
    <message>
        <source>Mouse wheel or +/− zooms around the pointer, dragging or ←/→ pans, Home and End go to the oldest and newest event, 0 shows everything. Click an event to see it in full.</source>
        <translation>Mausrad oder +/− zoomt um den Mauszeiger, Ziehen oder ←/→ verschiebt, Pos1 und Ende springen zum ältesten und neuesten Ereignis, 0 zeigt alles. Ein Klick auf ein Ereignis zeigt alle Angaben.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificateContactsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Certificate Contacts</source>
        <translation>Zertifikatkontakte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Who the &quot;Email contacts&quot; lifetime action notifies when a certificate of this vault nears its expiry. The list is the vault&apos;s, for every certificate.</source>
        <translation>Wen die Lebensdaueraktion „E-Mail an Kontakte“ benachrichtigt, wenn ein Zertifikat dieses Tresors bald abläuft. Die Liste gehört dem Tresor und gilt für jedes Zertifikat.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificateDetailsPane</name>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Intermediate CA</source>
        <translation>Zwischen-CA</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>Stamm-CA</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verkettung</translation>
    </message>
    <message>
        <source>Versions (select one to show it in every tab)</source>
        <translation>Versionen (wählen Sie eine aus, um sie auf jedem Reiter zu zeigen)</translation>
    </message>
    <message>
        <source>Policy (Azure&apos;s JSON):</source>
        <translation>Richtlinie (JSON im Format von Azure):</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>No certificate yet: the request waits for the signed certificate (see the Request tab).</source>
        <translation>Noch kein Zertifikat: Die Anforderung wartet auf das signierte Zertifikat (siehe Reiter „Anforderung“).</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1)</source>
        <translation>Fingerabdruck (SHA-1)</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>x5t</source>
        <translation>x5t</translation>
    </message>
    <message>
        <source>Issuer kind</source>
        <translation>Art des Ausstellers</translation>
    </message>
    <message>
        <source>Managed key</source>
        <translation>Verwalteter Schlüssel</translation>
    </message>
    <message>
        <source>None (stored without a private key)</source>
        <translation>Keiner (ohne privaten Schlüssel gespeichert)</translation>
    </message>
    <message>
        <source>Managed secret</source>
        <translation>Verwaltetes Geheimnis</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Exportable</source>
        <translation>Exportierbar</translation>
    </message>
    <message>
        <source>No private key</source>
        <translation>Kein privater Schlüssel</translation>
    </message>
    <message>
        <source>No (HSM key)</source>
        <translation>Nein (HSM-Schlüssel)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid until %3
SHA-1 %4</source>
        <translation>Antragsteller: %1
Aussteller: %2
Gültig bis %3
SHA-1 %4</translation>
    </message>
    <message>
        <source>✓ signed by the next</source>
        <translation>✓ vom nächsten signiert</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✓ self-signed root</source>
        <translation>✓ selbstsigniertes Stammzertifikat</translation>
    </message>
    <message>
        <source>✓ self-signed</source>
        <translation>✓ selbstsigniert</translation>
    </message>
    <message>
        <source>%1 — issuer not in this vault</source>
        <translation>%1 — Aussteller nicht in diesem Tresor</translation>
    </message>
    <message>
        <source>⚠ chain incomplete</source>
        <translation>⚠ Kette unvollständig</translation>
    </message>
    <message>
        <source>The chain is complete: every link verifies up to a self-signed root.</source>
        <translation>Die Kette ist vollständig: Jedes Glied lässt sich bis zu einem selbstsignierten Stammzertifikat prüfen.</translation>
    </message>
    <message>
        <source>The chain is incomplete: the issuer &apos;%1&apos; is not in this vault. Clients need it from elsewhere to trust this certificate.</source>
        <translation>Die Kette ist unvollständig: Der Aussteller „%1“ ist nicht in diesem Tresor. Clients müssen ihn aus einer anderen Quelle beziehen, um diesem Zertifikat zu vertrauen.</translation>
    </message>
    <message>
        <source>The policy cannot be read.</source>
        <translation>Die Richtlinie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reuse key on renewal</source>
        <translation>Schlüssel bei Erneuerung wiederverwenden</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>Lifetime actions</source>
        <translation>Lebensdaueraktionen</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Nächste Erneuerung</translation>
    </message>
    <message>
        <source> (due now)</source>
        <translation> (jetzt fällig)</translation>
    </message>
    <message>
        <source>Next notification</source>
        <translation>Nächste Benachrichtigung</translation>
    </message>
    <message>
        <source>Contacts notified</source>
        <translation>Kontakte benachrichtigt</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>No request is pending for this certificate.</source>
        <translation>Für dieses Zertifikat steht keine Anforderung aus.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Have the CSR below signed by your CA, then use Merge signed certificate.</source>
        <translation>Lassen Sie den folgenden CSR von Ihrer CA signieren und verwenden Sie dann „Signiertes Zertifikat zusammenführen“.</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>CSR speichern</translation>
    </message>
    <message>
        <source>Save CSR of %1</source>
        <translation>CSR von %1 speichern</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>Zertifikatsignieranforderungen (*.csr *.pem)</translation>
    </message>
    <message>
        <source>CSR of %1 saved to %2</source>
        <translation>CSR von %1 gespeichert unter %2</translation>
    </message>
    <message>
        <source>Sa&amp;ve CSR…</source>
        <translation>CSR speicher&amp;n…</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificateExportDialog</name>
    <message>
        <source>PFX / PKCS#12 (.pfx), protected by a password</source>
        <translation>PFX / PKCS#12 (.pfx), durch ein Passwort geschützt</translation>
    </message>
    <message>
        <source>PEM (.pem): certificate chain and unencrypted private key</source>
        <translation>PEM (.pem): Zertifikatkette und unverschlüsselter privater Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Compatible encryption (3DES, SHA-1) for old Windows and Java</source>
        <translation>&amp;Kompatible Verschlüsselung (3DES, SHA-1) für alte Windows- und Java-Versionen</translation>
    </message>
    <message>
        <source>Download %1 with Private Key</source>
        <translation>%1 mit privatem Schlüssel herunterladen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>The file holds the private key of %1. Keep it safe; anyone with the file (and its password) can act as this certificate.</source>
        <translation>Die Datei enthält den privaten Schlüssel von %1. Bewahren Sie sie sicher auf: Jeder, der die Datei (und ihr Passwort) hat, kann im Namen dieses Zertifikats auftreten.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Without a password the PFX is readable by anyone (Azure&apos;s blank password).</source>
        <translation>Ohne Passwort kann jeder die PFX-Datei lesen (leeres Passwort wie bei Azure).</translation>
    </message>
    <message>
        <source>PEM files hold the private key unencrypted.</source>
        <translation>PEM-Dateien enthalten den privaten Schlüssel unverschlüsselt.</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.pfx *.p12)</source>
        <translation>PKCS#12-Dateien (*.pfx *.p12)</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>PEM-Dateien (*.pem)</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificatePolicyJsonDialog</name>
    <message>
        <source>Certificate Policy (JSON)</source>
        <translation>Zertifikatrichtlinie (JSON)</translation>
    </message>
    <message>
        <source>Azure&apos;s certificate policy. It applies to the versions made from now on; dates and the key of existing versions stay as they are.</source>
        <translation>Die Zertifikatrichtlinie von Azure. Sie gilt für die Versionen, die ab jetzt erstellt werden; Daten und Schlüssel bestehender Versionen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line %1): %2</source>
        <translation>Das ist kein gültiges JSON (Zeile %1): %2</translation>
    </message>
    <message>
        <source>The policy must be a JSON object ({ … }).</source>
        <translation>Die Richtlinie muss ein JSON-Objekt sein ({ … }).</translation>
    </message>
    <message>
        <source>The policy cannot be used: %1</source>
        <translation>Die Richtlinie kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificatePropertiesDialog</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Enabled (a disabled version cannot be downloaded or used)</source>
        <translation>&amp;Aktiviert (eine deaktivierte Version kann weder heruntergeladen noch verwendet werden)</translation>
    </message>
    <message>
        <source>&amp;Reuse the key on renewal</source>
        <translation>Schlüssel bei Erneuerung wieder&amp;verwenden</translation>
    </message>
    <message>
        <source>E&amp;xportable (the managed secret holds the private key)</source>
        <translation>E&amp;xportierbar (das verwaltete Geheimnis enthält den privaten Schlüssel)</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>Als &amp;JSON bearbeiten…</translation>
    </message>
    <message>
        <source>Certificate Properties — %1</source>
        <translation>Zertifikateigenschaften — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>PKCS#12 (PFX)</source>
        <translation>PKCS#12 (PFX)</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Email contacts</source>
        <translation>E-Mail an Kontakte</translation>
    </message>
    <message>
        <source>Renew automatically</source>
        <translation>Automatisch erneuern</translation>
    </message>
    <message>
        <source>% of the lifetime</source>
        <translation>% der Lebensdauer</translation>
    </message>
    <message>
        <source>days before expiry</source>
        <translation>Tagen Restlaufzeit</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Diese Version</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>%1 – %2
The certificate&apos;s own dates: they cannot be changed.</source>
        <translation>%1 – %2
Die eigenen Daten des Zertifikats: Sie können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Policy for the next versions</source>
        <translation>Richtlinie für die nächsten Versionen</translation>
    </message>
    <message>
        <source>&amp;Content type:</source>
        <translation>&amp;Inhaltstyp:</translation>
    </message>
    <message>
        <source>&amp;Lifetime action:</source>
        <translation>&amp;Lebensdaueraktion:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>bei</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>The policy cannot be read.</source>
        <translation>Die Richtlinie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Keys on the HSM never leave it.</source>
        <translation>Schlüssel auf dem HSM verlassen es nie.</translation>
    </message>
    <message>
        <source>Only a self-signed certificate can renew itself offline; others need a CSR signed by their CA.</source>
        <translation>Nur ein selbstsigniertes Zertifikat kann sich offline selbst erneuern; andere brauchen einen CSR, den ihre CA signiert.</translation>
    </message>
    <message>
        <source>1 more lifetime action is kept: %1. Edit as JSON to change it.</source>
        <translation>1 weitere Lebensdaueraktion bleibt erhalten: %1. Bearbeiten Sie sie als JSON, um sie zu ändern.</translation>
    </message>
    <message>
        <source>%1 more lifetime actions are kept. Edit as JSON to change them.</source>
        <translation>%1 weitere Lebensdaueraktionen bleiben erhalten. Bearbeiten Sie sie als JSON, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Key: %1
Subject: %2
Subject alternative names: %3
Key usage: %4
Extended key usage: %5</source>
        <translation>Schlüssel: %1
Antragsteller: %2
Alternative Antragstellernamen: %3
Schlüsselverwendung: %4
Erweiterte Schlüsselverwendung: %5</translation>
    </message>
    <message>
        <source>The policy cannot be saved: %1</source>
        <translation>Die Richtlinie kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificateRenewalsDialog</name>
    <message>
        <source>&amp;Run now</source>
        <translation>Jetzt &amp;ausführen</translation>
    </message>
    <message>
        <source>Due Renewals</source>
        <translation>Fällige Erneuerungen</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>%1: version %2</source>
        <translation>%1: Version %2</translation>
    </message>
    <message>
        <source>What is due now: nothing changes until you run it. Self-signed certificates with &quot;Renew automatically&quot; get a new version; &quot;Email contacts&quot; notifies the vault&apos;s contacts.</source>
        <translation>Was jetzt fällig ist: Nichts ändert sich, bevor Sie es ausführen. Selbstsignierte Zertifikate mit „Automatisch erneuern“ erhalten eine neue Version; „E-Mail an Kontakte“ benachrichtigt die Kontakte des Tresors.</translation>
    </message>
    <message>
        <source>Running the due renewals and notifications…</source>
        <translation>Fällige Erneuerungen und Benachrichtigungen werden ausgeführt…</translation>
    </message>
    <message>
        <source>The due renewals could not run.</source>
        <translation>Die fälligen Erneuerungen konnten nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Done. What happened to each certificate that was due:</source>
        <translation>Fertig. Was mit jedem fälligen Zertifikat geschah:</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificatesPage</name>
    <message>
        <source>1 certificate</source>
        <translation>1 Zertifikat</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 Zertifikate</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): name, subject, thumbprint, tag, rsa, ec, hsm, pending, or enabled, disabled, expired, expiring</source>
        <translation>Filter (Strg+F): Name, Antragsteller, Fingerabdruck, Tag, rsa, ec, hsm, pending oder enabled, disabled, expired, expiring</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <source>Re&amp;new now…</source>
        <translation>Jetzt e&amp;rneuern…</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Download with private &amp;key…</source>
        <translation>Mit &amp;privatem Schlüssel herunterladen…</translation>
    </message>
    <message>
        <source>&amp;Merge signed certificate…</source>
        <translation>Signiertes Zertifikat &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Cancel re&amp;quest…</source>
        <translation>Anforderung a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Download the certificate (CER/DER or PEM), without its private key</source>
        <translation>Das Zertifikat herunterladen (CER/DER oder PEM), ohne seinen privaten Schlüssel</translation>
    </message>
    <message>
        <source>Download the certificate with its private key (PFX or PEM)</source>
        <translation>Das Zertifikat mit seinem privaten Schlüssel herunterladen (PFX oder PEM)</translation>
    </message>
    <message>
        <source>Make a new version from the certificate&apos;s policy now</source>
        <translation>Jetzt eine neue Version nach der Richtlinie des Zertifikats erstellen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Certificate %1 imported</source>
        <translation>Zertifikat %1 importiert</translation>
    </message>
    <message>
        <source>Certificate %1 created</source>
        <translation>Zertifikat %1 erstellt</translation>
    </message>
    <message>
        <source>Renew the certificate %1 now?</source>
        <translation>Das Zertifikat %1 jetzt erneuern?</translation>
    </message>
    <message>
        <source>A new version is made from the certificate&apos;s policy (%1) and becomes current. Older versions stay.</source>
        <translation>Eine neue Version wird nach der Richtlinie des Zertifikats erstellt (%1) und wird zur aktuellen Version. Ältere Versionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>same key</source>
        <translation>derselbe Schlüssel</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>neuer Schlüssel</translation>
    </message>
    <message>
        <source>A new key and CSR are made from the certificate&apos;s policy. The current version stays in use until you merge the certificate your CA signs.</source>
        <translation>Ein neuer Schlüssel und ein CSR werden nach der Richtlinie des Zertifikats erstellt. Die aktuelle Version bleibt in Gebrauch, bis Sie das von Ihrer CA signierte Zertifikat zusammenführen.</translation>
    </message>
    <message>
        <source>Renew Certificate</source>
        <translation>Zertifikat erneuern</translation>
    </message>
    <message>
        <source>Renewing %1…</source>
        <translation>%1 wird erneuert…</translation>
    </message>
    <message>
        <source>Certificate %1 renewed: version %2 is now current</source>
        <translation>Zertifikat %1 erneuert: Version %2 ist jetzt aktuell</translation>
    </message>
    <message>
        <source>Certificate %1: a new CSR is ready; merge the signed certificate to complete the renewal</source>
        <translation>Zertifikat %1: Ein neuer CSR liegt bereit; führen Sie das signierte Zertifikat zusammen, um die Erneuerung abzuschließen</translation>
    </message>
    <message>
        <source>Download Certificate %1</source>
        <translation>Zertifikat %1 herunterladen</translation>
    </message>
    <message>
        <source>DER certificate (*.cer *.der);;PEM certificate (*.pem *.crt)</source>
        <translation>DER-Zertifikat (*.cer *.der);;PEM-Zertifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Download Certificate</source>
        <translation>Zertifikat herunterladen</translation>
    </message>
    <message>
        <source>Certificate %1 saved to %2</source>
        <translation>Zertifikat %1 gespeichert unter %2</translation>
    </message>
    <message>
        <source>Certificate %1 with its private key saved to %2</source>
        <translation>Zertifikat %1 mit seinem privaten Schlüssel gespeichert unter %2</translation>
    </message>
    <message>
        <source>Signed certificate merged into %1</source>
        <translation>Signiertes Zertifikat mit %1 zusammengeführt</translation>
    </message>
    <message>
        <source>Cancel the pending request for %1?</source>
        <translation>Die ausstehende Anforderung für %1 abbrechen?</translation>
    </message>
    <message>
        <source>Cancel Request</source>
        <translation>Anforderung abbrechen</translation>
    </message>
    <message>
        <source>Delete the certificate %1?</source>
        <translation>Das Zertifikat %1 löschen?</translation>
    </message>
    <message>
        <source>Deleting is soft: the certificate, all its versions and its managed key and secret move to Manage deleted, where they can be recovered for %1 (until %2). Then they are purged for good.</source>
        <translation>Das Löschen ist vorläufig: Das Zertifikat, alle seine Versionen sowie sein verwalteter Schlüssel und sein verwaltetes Geheimnis wandern nach „Gelöschte verwalten“, wo sie %1 lang (bis %2) wiederhergestellt werden können. Danach werden sie endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Delete Certificate</source>
        <translation>Zertifikat löschen</translation>
    </message>
    <message>
        <source>Certificate %1 deleted (recoverable until %2)</source>
        <translation>Zertifikat %1 gelöscht (wiederherstellbar bis %2)</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Certificate %1 recovered</source>
        <translation>Zertifikat %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Download CS&amp;R…</source>
        <translation>&amp;CSR herunterladen…</translation>
    </message>
    <message>
        <source>Delete requ&amp;est…</source>
        <translation>Anfor&amp;derung löschen…</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>Eigenschaf&amp;ten…</translation>
    </message>
    <message>
        <source>Download &amp;backup…</source>
        <translation>Sicherun&amp;g herunterladen…</translation>
    </message>
    <message>
        <source>Res&amp;tore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>What is d&amp;ue…</source>
        <translation>Was ist &amp;fällig…</translation>
    </message>
    <message>
        <source>Run due rene&amp;wals…</source>
        <translation>Fällige Erneuerungen a&amp;usführen…</translation>
    </message>
    <message>
        <source>C&amp;ontacts…</source>
        <translation>K&amp;ontakte…</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Cancel the pending request: it stays, marked cancelled, and can no longer be merged</source>
        <translation>Die ausstehende Anforderung abbrechen: Sie bleibt, als abgebrochen markiert, und kann nicht mehr zusammengeführt werden</translation>
    </message>
    <message>
        <source>Delete the pending request and its private key</source>
        <translation>Die ausstehende Anforderung und ihren privaten Schlüssel löschen</translation>
    </message>
    <message>
        <source>What the due renewals and expiry notices would do now (nothing changes)</source>
        <translation>Was die fälligen Erneuerungen und Ablaufbenachrichtigungen jetzt tun würden (nichts ändert sich)</translation>
    </message>
    <message>
        <source>Renew the certificates that renew automatically and notify the contacts now</source>
        <translation>Die automatisch zu erneuernden Zertifikate jetzt erneuern und die Kontakte benachrichtigen</translation>
    </message>
    <message>
        <source>Who the expiry notices of this vault&apos;s certificates are for</source>
        <translation>An wen die Ablaufbenachrichtigungen der Zertifikate dieses Tresors gehen</translation>
    </message>
    <message>
        <source>The request stays, marked cancelled: a certificate signed from its CSR can no longer be merged. Delete the request afterwards to remove it and its private key.</source>
        <translation>Die Anforderung bleibt, als abgebrochen markiert: Ein aus ihrem CSR signiertes Zertifikat kann nicht mehr zusammengeführt werden. Löschen Sie die Anforderung danach, um sie und ihren privaten Schlüssel zu entfernen.</translation>
    </message>
    <message>
        <source>The request for %1 was cancelled</source>
        <translation>Die Anforderung für %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>Delete the pending request for %1?</source>
        <translation>Die ausstehende Anforderung für %1 löschen?</translation>
    </message>
    <message>
        <source>The request and its private key are destroyed for good: a certificate signed from its CSR can never be merged. This cannot be undone.</source>
        <translation>Die Anforderung und ihr privater Schlüssel werden endgültig vernichtet: Ein aus ihrem CSR signiertes Zertifikat kann nie mehr zusammengeführt werden. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete Request</source>
        <translation>Anforderung löschen</translation>
    </message>
    <message>
        <source>The request for %1 and its key were deleted</source>
        <translation>Die Anforderung für %1 und ihr Schlüssel wurden gelöscht</translation>
    </message>
    <message>
        <source>Properties of %1 saved</source>
        <translation>Eigenschaften von %1 gespeichert</translation>
    </message>
    <message>
        <source>Download Backup</source>
        <translation>Sicherung herunterladen</translation>
    </message>
    <message>
        <source>Download Backup of %1</source>
        <translation>Sicherung von %1 herunterladen</translation>
    </message>
    <message>
        <source>Coffer backups (*%1)</source>
        <translation>Coffer-Sicherungen (*%1)</translation>
    </message>
    <message>
        <source>Backup of %1 saved to %2</source>
        <translation>Sicherung von %1 gespeichert unter %2</translation>
    </message>
    <message>
        <source>Restore Certificate Backup</source>
        <translation>Zertifikatsicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Coffer backups (*%1);;All files (*)</source>
        <translation>Coffer-Sicherungen (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Certificate %1 restored from backup</source>
        <translation>Zertifikat %1 aus der Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>1 certificate contact saved</source>
        <translation>1 Zertifikatkontakt gespeichert</translation>
    </message>
    <message>
        <source>%1 certificate contacts saved</source>
        <translation>%1 Zertifikatkontakte gespeichert</translation>
    </message>
    <message>
        <source>Run the due renewals and expiry notices now?</source>
        <translation>Die fälligen Erneuerungen und Ablaufbenachrichtigungen jetzt ausführen?</translation>
    </message>
    <message>
        <source>Self-signed certificates whose lifetime action says &quot;Renew automatically&quot; get a new version; for &quot;Email contacts&quot; the vault&apos;s contacts are notified once per version.</source>
        <translation>Selbstsignierte Zertifikate mit der Lebensdaueraktion „Automatisch erneuern“ erhalten eine neue Version; bei „E-Mail an Kontakte“ werden die Kontakte des Tresors einmal pro Version benachrichtigt.</translation>
    </message>
    <message>
        <source>Run Due Renewals</source>
        <translation>Fällige Erneuerungen ausführen</translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <source>List every certificate again</source>
        <translation>Wieder alle Zertifikate auflisten</translation>
    </message>
    <message>
        <source>List only these certificates</source>
        <translation>Nur diese Zertifikate auflisten</translation>
    </message>
    <message>
        <source>Filter certificates</source>
        <translation>Zertifikate filtern</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ClientSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>I have stored the client secret where the application can read it</source>
        <translation>Ich habe den geheimen Clientschlüssel dort gespeichert, wo die Anwendung ihn lesen kann</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Client Secret of %1</source>
        <translation>Geheimer Clientschlüssel von %1</translation>
    </message>
    <message>
        <source>The application %1 was created.</source>
        <translation>Die Anwendung %1 wurde erstellt.</translation>
    </message>
    <message>
        <source>This is its client secret. It is shown now and never again: Coffer keeps only a key derived from it. The application opens the vault with it (coffer-cli --client-secret-file FILE).</source>
        <translation>Dies ist ihr geheimer Clientschlüssel. Er wird jetzt und nie wieder angezeigt: Coffer speichert nur einen daraus abgeleiteten Schlüssel. Die Anwendung öffnet den Tresor damit (coffer-cli --client-secret-file DATEI).</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CommandPalette</name>
    <message>
        <source>Search and Commands</source>
        <translation>Suchen und Befehle</translation>
    </message>
    <message>
        <source>Find a secret, key, certificate or command: name, tag, subject, thumbprint…</source>
        <translation>Geheimnis, Schlüssel, Zertifikat oder Befehl finden: Name, Tag, Antragsteller, Fingerabdruck…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>%1 could not be searched: %2</source>
        <translation>%1 konnte nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <source>Nothing found. Only unlocked vaults are searched.</source>
        <translation>Nichts gefunden. Nur entsperrte Tresore werden durchsucht.</translation>
    </message>
    <message>
        <source>The first %1 results; type more to narrow them.</source>
        <translation>Die ersten %1 Ergebnisse; tippen Sie weiter, um sie einzugrenzen.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CreateCertificateWizard</name>
    <message>
        <source>Create Certificate</source>
        <translation>Zertifikat erstellen</translation>
    </message>
    <message>
        <source>Certificate and issuer</source>
        <translation>Zertifikat und Aussteller</translation>
    </message>
    <message>
        <source>Name the certificate, and choose who signs it.</source>
        <translation>Geben Sie dem Zertifikat einen Namen und wählen Sie, wer es signiert.</translation>
    </message>
    <message>
        <source>&amp;Self-signed: Coffer signs the certificate with its own key</source>
        <translation>&amp;Selbstsigniert: Coffer signiert das Zertifikat mit dessen eigenem Schlüssel</translation>
    </message>
    <message>
        <source>Signed by your &amp;CA: Coffer makes the key and a CSR; you merge the signed certificate later</source>
        <translation>Von Ihrer &amp;CA signiert: Coffer erzeugt den Schlüssel und einen CSR; Sie führen das signierte Zertifikat später zusammen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Subject and alternative names</source>
        <translation>Antragsteller und alternative Namen</translation>
    </message>
    <message>
        <source>The subject is a distinguished name (CN=www.example.com, O=Example). Browsers check the alternative names: add every DNS name the certificate serves.</source>
        <translation>Der Antragsteller ist ein Distinguished Name (CN=www.example.com, O=Example). Browser prüfen die alternativen Namen: Fügen Sie jeden DNS-Namen hinzu, für den das Zertifikat gelten soll.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add name</source>
        <translation>Namen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Antragsteller:</translation>
    </message>
    <message>
        <source>Subject alternative names:</source>
        <translation>Alternative Antragstellernamen:</translation>
    </message>
    <message>
        <source>The subject needs a common name (CN=…).</source>
        <translation>Der Antragsteller braucht einen allgemeinen Namen (CN=…).</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The certificate&apos;s key pair. HSM keys are made on the vault&apos;s PKCS#11 token and never leave it.</source>
        <translation>Das Schlüsselpaar des Zertifikats. HSM-Schlüssel werden auf dem PKCS#11-Token des Tresors erzeugt und verlassen es nie.</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>Elliptic curve (EC)</source>
        <translation>Elliptische Kurve (EC)</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>On the vault&apos;s &amp;HSM (PKCS#11 token)</source>
        <translation>Auf dem &amp;HSM des Tresors (PKCS#11-Token)</translation>
    </message>
    <message>
        <source>&amp;Exportable: the private key may be downloaded (PFX/PEM)</source>
        <translation>E&amp;xportierbar: Der private Schlüssel darf heruntergeladen werden (PFX/PEM)</translation>
    </message>
    <message>
        <source>&amp;Reuse the key on renewal</source>
        <translation>Schlüssel bei Erneuerung wieder&amp;verwenden</translation>
    </message>
    <message>
        <source>PFX / PKCS#12 (application/x-pkcs12)</source>
        <translation>PFX / PKCS#12 (application/x-pkcs12)</translation>
    </message>
    <message>
        <source>PEM (application/x-pem-file)</source>
        <translation>PEM (application/x-pem-file)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>C&amp;urve:</source>
        <translation>&amp;Kurve:</translation>
    </message>
    <message>
        <source>Secret &amp;format:</source>
        <translation>&amp;Format des Geheimnisses:</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>What the certificate may be used for.</source>
        <translation>Wofür das Zertifikat verwendet werden darf.</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other EKU OIDs, comma separated (e.g. 1.3.6.1.5.5.7.3.8)</source>
        <translation>Weitere EKU-OIDs, durch Kommas getrennt (z. B. 1.3.6.1.5.5.7.3.8)</translation>
    </message>
    <message>
        <source>Validity and lifetime action</source>
        <translation>Gültigkeit und Lebensdaueraktion</translation>
    </message>
    <message>
        <source>How long each version is valid, and what happens as it nears its end.</source>
        <translation>Wie lange jede Version gültig ist und was geschieht, wenn ihr Ablauf naht.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Keine Aktion</translation>
    </message>
    <message>
        <source>Email the vault&apos;s contacts</source>
        <translation>Kontakte des Tresors per E-Mail benachrichtigen</translation>
    </message>
    <message>
        <source>Renew automatically (self-signed only)</source>
        <translation>Automatisch erneuern (nur selbstsigniert)</translation>
    </message>
    <message>
        <source>At a share of the &amp;lifetime:</source>
        <translation>Bei einem Anteil der &amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>&amp;Days before expiry:</source>
        <translation>&amp;Tage vor Ablauf:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>Lifetime &amp;action:</source>
        <translation>Lebensdauer&amp;aktion:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>The certificate policy, as Azure writes it. You may edit the JSON; it is checked with Azure&apos;s rules before anything is made.</source>
        <translation>Die Zertifikatrichtlinie, wie Azure sie schreibt. Sie können das JSON bearbeiten; es wird nach den Regeln von Azure geprüft, bevor etwas erstellt wird.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Save CSR…</source>
        <translation>&amp;CSR speichern…</translation>
    </message>
    <message>
        <source>✓ %1 is available</source>
        <translation>✓ %1 ist verfügbar</translation>
    </message>
    <message>
        <source>No PKCS#11 token is bound to this vault. Bind one in the vault&apos;s Properties to make HSM keys.</source>
        <translation>An diesen Tresor ist kein PKCS#11-Token gebunden. Binden Sie eines in den Eigenschaften des Tresors, um HSM-Schlüssel zu erzeugen.</translation>
    </message>
    <message>
        <source>The private key of an HSM certificate never leaves the token.</source>
        <translation>Der private Schlüssel eines HSM-Zertifikats verlässt das Token nie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OID (dotted numbers such as 1.3.6.1.5.5.7.3.8).</source>
        <translation>„%1“ ist keine OID (durch Punkte getrennte Zahlen wie 1.3.6.1.5.5.7.3.8).</translation>
    </message>
    <message>
        <source>Choose at least one key usage.</source>
        <translation>Wählen Sie mindestens eine Schlüsselverwendung.</translation>
    </message>
    <message>
        <source>the policy is not valid JSON: %1 (at character %2)</source>
        <translation>Die Richtlinie ist kein gültiges JSON: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>The policy cannot be used: %1</source>
        <translation>Die Richtlinie kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The policy asks for an HSM key, but no PKCS#11 token is bound to this vault.</source>
        <translation>Die Richtlinie verlangt einen HSM-Schlüssel, aber an diesen Tresor ist kein PKCS#11-Token gebunden.</translation>
    </message>
    <message>
        <source>Making the key and signing the certificate %1…</source>
        <translation>Der Schlüssel wird erzeugt und das Zertifikat %1 signiert…</translation>
    </message>
    <message>
        <source>Making the key and the CSR for %1…</source>
        <translation>Der Schlüssel und der CSR für %1 werden erzeugt…</translation>
    </message>
    <message>
        <source>The certificate was not created: %1</source>
        <translation>Das Zertifikat wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Certificate %1 created.

Subject: %2
Valid until: %3
Thumbprint (SHA-1): %4
Managed key: %5
Managed secret: %6</source>
        <translation>Zertifikat %1 erstellt.

Antragsteller: %2
Gültig bis: %3
Fingerabdruck (SHA-1): %4
Verwalteter Schlüssel: %5
Verwaltetes Geheimnis: %6</translation>
    </message>
    <message>
        <source>CSR ready for %1.

Have it signed by your CA (subject %2), then select the certificate and use Merge signed certificate.</source>
        <translation>CSR für %1 bereit.

Lassen Sie ihn von Ihrer CA signieren (Antragsteller %2), wählen Sie dann das Zertifikat aus und verwenden Sie „Signiertes Zertifikat zusammenführen“.</translation>
    </message>
    <message>
        <source>Save CSR of %1</source>
        <translation>CSR von %1 speichern</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>Zertifikatsignieranforderungen (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>CSR speichern</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation>Tresor wird erstellt</translation>
    </message>
    <message>
        <source>Coffer derives the passphrase key and writes the new vault. Please wait.</source>
        <translation>Coffer leitet den Schlüssel aus der Passphrase ab und schreibt den neuen Tresor. Bitte warten.</translation>
    </message>
    <message>
        <source>Vault: %1
Folder: %2
Soft-delete retention: %3 days
Purge protection: %4</source>
        <translation>Tresor: %1
Ordner: %2
Aufbewahrung nach vorläufigem Löschen: %3 Tage
Löschschutz: %4</translation>
    </message>
    <message>
        <source>on (permanent)</source>
        <translation>ein (dauerhaft)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>The vault was not created. Go back to change your choices.</source>
        <translation>Der Tresor wurde nicht erstellt. Gehen Sie zurück, um Ihre Angaben zu ändern.</translation>
    </message>
    <message>
        <source>The vault was created.</source>
        <translation>Der Tresor wurde erstellt.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::DeletedPage</name>
    <message>
        <source>Nothing is deleted.</source>
        <translation>Nichts ist gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>Endgültig &amp;löschen…</translation>
    </message>
    <message>
        <source>Manage deleted</source>
        <translation>Gelöschte verwalten</translation>
    </message>
    <message>
        <source>Deleted items are kept for %1 after deletion and can be recovered until then; then they are purged for good.</source>
        <translation>Gelöschte Elemente werden nach dem Löschen %1 lang aufbewahrt und können bis dahin wiederhergestellt werden; danach werden sie endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Purge protection is on: nobody can purge an item before its scheduled purge date.</source>
        <translation>Der Löschschutz ist aktiv: Niemand kann ein Element vor seinem geplanten Datum endgültig löschen.</translation>
    </message>
    <message>
        <source>Purging destroys an item at once; it cannot be undone.</source>
        <translation>Endgültiges Löschen vernichtet ein Element sofort; es kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Destroy the selected item for good</source>
        <translation>Das ausgewählte Element endgültig vernichten</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 %2 recovered</source>
        <translation>%1 %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Purge %1 (%2) permanently?</source>
        <translation>%1 (%2) endgültig löschen?</translation>
    </message>
    <message>
        <source>This is irreversible: %1 and all its versions are destroyed and can never be recovered, not even from this vault&apos;s history. Only a backup file could bring it back.</source>
        <translation>Dies ist unumkehrbar: %1 und alle seine Versionen werden vernichtet und können nie wiederhergestellt werden, auch nicht aus dem Verlauf dieses Tresors. Nur eine Sicherungsdatei könnte es zurückbringen.</translation>
    </message>
    <message>
        <source>Purge %1</source>
        <translation>%1 endgültig löschen</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>%1 %2 purged</source>
        <translation>%1 %2 endgültig gelöscht</translation>
    </message>
    <message>
        <source>Deleted items</source>
        <translation>Gelöschte Elemente</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ExpiryHeatmap</name>
    <message>
        <source>Expiry and rotation heatmap, next 12 months</source>
        <translation>Heatmap für Ablauf und Rotation, nächste 12 Monate</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Kein Plan</translation>
    </message>
</context>
<context>
    <name>coffer::ui::GeneratorDialog</name>
    <message>
        <source>&amp;Lower case (a–z)</source>
        <translation>Klein&amp;buchstaben (a–z)</translation>
    </message>
    <message>
        <source>&amp;Upper case (A–Z)</source>
        <translation>&amp;Großbuchstaben (A–Z)</translation>
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation>&amp;Ziffern (0–9)</translation>
    </message>
    <message>
        <source>S&amp;ymbols (%1)</source>
        <translation>&amp;Sonderzeichen (%1)</translation>
    </message>
    <message>
        <source>&amp;Avoid look-alikes (0 O 1 l I | ` &apos; &quot;)</source>
        <translation>Verwechselbare &amp;vermeiden (0 O 1 l I | ` &apos; &quot;)</translation>
    </message>
    <message>
        <source>Capitali&amp;ze words</source>
        <translation>&amp;Anfangsbuchstaben groß</translation>
    </message>
    <message>
        <source>Add a di&amp;git</source>
        <translation>Eine Zi&amp;ffer anhängen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Generate a Value</source>
        <translation>Wert erzeugen</translation>
    </message>
    <message>
        <source>Generate Password</source>
        <translation>Passwort erzeugen</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <source>Dash (-)</source>
        <translation>Bindestrich (-)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Dot (.)</source>
        <translation>Punkt (.)</translation>
    </message>
    <message>
        <source>Underscore (_)</source>
        <translation>Unterstrich (_)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Wörter:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Words drawn at random from a list of %1; easier to type and remember than a password of the same strength.</source>
        <translation>Zufällig aus einer Liste von %1 gezogene Wörter; leichter zu tippen und zu merken als ein gleich starkes Passwort.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Passwo&amp;rt</translation>
    </message>
    <message>
        <source>Passp&amp;hrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Generated value</source>
        <translation>Erzeugter Wert</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>Ne&amp;u erzeugen</translation>
    </message>
    <message>
        <source>A new value with the same settings (Ctrl+R)</source>
        <translation>Ein neuer Wert mit denselben Einstellungen (Strg+R)</translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared again after the time set in Settings</source>
        <translation>In die Zwischenablage kopieren; sie wird nach der in den Einstellungen gewählten Zeit wieder geleert</translation>
    </message>
    <message>
        <source>Use &amp;This Value</source>
        <translation>Diesen Wert v&amp;erwenden</translation>
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation>Wählen Sie mindestens eine Zeichenart.</translation>
    </message>
    <message>
        <source>%1 bits: %2</source>
        <translation>%1 Bit: %2</translation>
    </message>
    <message>
        <source>Generated: a %1-character password (%2 bits)</source>
        <translation>Erzeugt: ein Passwort aus %1 Zeichen (%2 Bit)</translation>
    </message>
    <message>
        <source>Generated: a %1-word passphrase (%2 bits)</source>
        <translation>Erzeugt: eine Passphrase aus %1 Wörtern (%2 Bit)</translation>
    </message>
</context>
<context>
    <name>coffer::ui::HsmSettingsPanel</name>
    <message>
        <source>Hardware security module (PKCS#11)</source>
        <translation>Hardware-Sicherheitsmodul (PKCS#11)</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>Im Schlüsselbund m&amp;erken</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Test PIN</source>
        <translation>PIN &amp;testen</translation>
    </message>
    <message>
        <source>Forget PIN</source>
        <translation>PIN vergessen</translation>
    </message>
    <message>
        <source>&amp;Bind…</source>
        <translation>&amp;Binden…</translation>
    </message>
    <message>
        <source>&amp;Unbind…</source>
        <translation>Bindung &amp;lösen…</translation>
    </message>
    <message>
        <source>User PIN</source>
        <translation>Benutzer-PIN</translation>
    </message>
    <message>
        <source>Store the PIN in the system keychain, so that the token opens without asking</source>
        <translation>Die PIN im Schlüsselbund des Systems speichern, damit sich das Token ohne Nachfrage öffnet</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Choose a PKCS#11 module</source>
        <translation>PKCS#11-Modul auswählen</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dylib *.dll);;All files (*)</source>
        <translation>PKCS#11-Module (*.so *.dylib *.dll);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a module to list its tokens.</source>
        <translation>Wählen Sie ein Modul, um seine Token aufzulisten.</translation>
    </message>
    <message>
        <source>This module offers no token. Initialise one with the token&apos;s own tool.</source>
        <translation>Dieses Modul bietet kein Token an. Initialisieren Sie eines mit dem eigenen Werkzeug des Tokens.</translation>
    </message>
    <message>
        <source>Reading the status…</source>
        <translation>Status wird gelesen…</translation>
    </message>
    <message>
        <source>Unlock the vault to see its HSM binding.</source>
        <translation>Entsperren Sie den Tresor, um seine HSM-Bindung zu sehen.</translation>
    </message>
    <message>
        <source>Log in to the bound token with this PIN</source>
        <translation>Mit dieser PIN beim gebundenen Token anmelden</translation>
    </message>
    <message>
        <source>Check the token and the PIN, then record the binding in the vault</source>
        <translation>Token und PIN prüfen, dann die Bindung im Tresor speichern</translation>
    </message>
    <message>
        <source>Remove the binding from the vault</source>
        <translation>Die Bindung aus dem Tresor entfernen</translation>
    </message>
    <message>
        <source>Bind to a token</source>
        <translation>An ein Token binden</translation>
    </message>
    <message>
        <source>Unbind the token</source>
        <translation>Bindung an das Token lösen</translation>
    </message>
    <message>
        <source>Remove the binding to token &apos;%1&apos; (serial %2)? The token and its objects stay as they are; new HSM keys need a token bound again.</source>
        <translation>Die Bindung an das Token „%1“ (Seriennummer %2) entfernen? Das Token und seine Objekte bleiben unverändert; für neue HSM-Schlüssel muss wieder ein Token gebunden werden.</translation>
    </message>
    <message>
        <source>Let Coffer load this module for your user on this computer</source>
        <translation>Coffer darf dieses Modul für Ihren Benutzer auf diesem Rechner laden</translation>
    </message>
    <message>
        <source>Trust a PKCS#11 module</source>
        <translation>Einem PKCS#11-Modul vertrauen</translation>
    </message>
    <message>
        <source>Tru&amp;st this module…</source>
        <translation>Diesem Modul &amp;vertrauen…</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportCertificateWizard</name>
    <message>
        <source>Import Certificate</source>
        <translation>Zertifikat importieren</translation>
    </message>
    <message>
        <source>Certificate files (*.pfx *.p12 *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikatdateien (*.pfx *.p12 *.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>The file is too large (%1): certificate files are at most 10 MiB.</source>
        <translation>Die Datei ist zu groß (%1): Zertifikatdateien sind höchstens 10 MiB groß.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is too large: certificate files are at most 10 MiB.</source>
        <translation>Die Datei ist zu groß: Zertifikatdateien sind höchstens 10 MiB groß.</translation>
    </message>
    <message>
        <source>The vault is busy with other work. Wait for it to finish and try again.</source>
        <translation>Der Tresor ist mit anderen Aufgaben beschäftigt. Warten Sie, bis sie abgeschlossen sind, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Der Tresor ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The name %1 is taken: %2</source>
        <translation>Der Name %1 ist vergeben: %2</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportFilePage</name>
    <message>
        <source>Drop a certificate file here: PKCS#12 (.pfx, .p12), a PEM bundle (certificate, private key and chain in any order) or a DER certificate.</source>
        <translation>Legen Sie hier eine Zertifikatdatei ab: PKCS#12 (.pfx, .p12), ein PEM-Bündel (Zertifikat, privater Schlüssel und Kette in beliebiger Reihenfolge) oder ein DER-Zertifikat.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <source>Choose the file to import. Nothing is stored until the last step.</source>
        <translation>Wählen Sie die zu importierende Datei. Bis zum letzten Schritt wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportOptionsPage</name>
    <message>
        <source>Key protection:</source>
        <translation>Schlüsselschutz:</translation>
    </message>
    <message>
        <source>&amp;Software (encrypted in the vault)</source>
        <translation>&amp;Software (verschlüsselt im Tresor)</translation>
    </message>
    <message>
        <source>&amp;HSM (the vault&apos;s token; never exportable)</source>
        <translation>&amp;HSM (das Token des Tresors; nie exportierbar)</translation>
    </message>
    <message>
        <source>E&amp;xportable (the managed secret holds the private key; it can be downloaded)</source>
        <translation>E&amp;xportierbar (das verwaltete Geheimnis enthält den privaten Schlüssel; er kann heruntergeladen werden)</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>How the certificate is stored. Its dates, subject and key come from the file.</source>
        <translation>Wie das Zertifikat gespeichert wird. Seine Gültigkeitsdaten, sein Antragsteller und sein Schlüssel stammen aus der Datei.</translation>
    </message>
    <message>
        <source>PKCS#12 (PFX)</source>
        <translation>PKCS#12 (PFX)</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Email contacts</source>
        <translation>E-Mail an Kontakte</translation>
    </message>
    <message>
        <source>Renew automatically</source>
        <translation>Automatisch erneuern</translation>
    </message>
    <message>
        <source>% of the lifetime</source>
        <translation>% der Lebensdauer</translation>
    </message>
    <message>
        <source>days before expiry</source>
        <translation>Tagen Restlaufzeit</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Content type:</source>
        <translation>&amp;Inhaltstyp:</translation>
    </message>
    <message>
        <source>&amp;Lifetime action:</source>
        <translation>&amp;Lebensdaueraktion:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>bei</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Only a self-signed certificate can renew itself offline; others need a CSR signed by their CA.</source>
        <translation>Nur ein selbstsigniertes Zertifikat kann sich offline selbst erneuern; andere brauchen einen CSR, den ihre CA signiert.</translation>
    </message>
    <message>
        <source>The file has no private key.</source>
        <translation>Die Datei enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Keys on the HSM never leave it.</source>
        <translation>Schlüssel auf dem HSM verlassen es nie.</translation>
    </message>
    <message>
        <source>Give the certificate a name.</source>
        <translation>Geben Sie dem Zertifikat einen Namen.</translation>
    </message>
    <message>
        <source>A new certificate, with a managed key and secret of the same name.</source>
        <translation>Ein neues Zertifikat mit einem verwalteten Schlüssel und einem verwalteten Geheimnis gleichen Namens.</translation>
    </message>
    <message>
        <source>A new version of the certificate %1.</source>
        <translation>Eine neue Version des Zertifikats %1.</translation>
    </message>
    <message>
        <source>A key or secret is named %1: a certificate needs the name for its own key and secret. Choose another name.</source>
        <translation>Ein Schlüssel oder Geheimnis heißt %1: Ein Zertifikat braucht den Namen für seinen eigenen Schlüssel und sein eigenes Geheimnis. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A deleted object is named %1: recover or purge it first, or choose another name.</source>
        <translation>Ein gelöschtes Objekt heißt %1: Stellen Sie es zuerst wieder her oder löschen Sie es endgültig, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Names use letters, digits and hyphens (1–127 characters).</source>
        <translation>Namen bestehen aus Buchstaben, Ziffern und Bindestrichen (1–127 Zeichen).</translation>
    </message>
    <message>
        <source>Not a valid name: %1</source>
        <translation>Kein gültiger Name: %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportPasswordPage</name>
    <message>
        <source>Files from older tools (RC2 encryption) are read with OpenSSL&apos;s legacy provider, in isolation; the preview says when that was needed.</source>
        <translation>Dateien älterer Werkzeuge (RC2-Verschlüsselung) werden isoliert mit dem Legacy-Provider von OpenSSL gelesen; die Vorschau zeigt an, wenn das nötig war.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The file is protected by a password. It is used to read the file and is not stored.</source>
        <translation>Die Datei ist durch ein Passwort geschützt. Es wird nur zum Lesen der Datei verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The vault is busy or locked; the password cannot be checked now.</source>
        <translation>Der Tresor ist beschäftigt oder gesperrt; das Passwort kann gerade nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Wrong password — try again (or the file is damaged).</source>
        <translation>Falsches Passwort — versuchen Sie es erneut (oder die Datei ist beschädigt).</translation>
    </message>
    <message>
        <source>Wrong password — try again.</source>
        <translation>Falsches Passwort — versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportPreviewPage</name>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the file holds, leaf first. Check it before going on.</source>
        <translation>Was die Datei enthält, das Endzertifikat zuerst. Prüfen Sie es, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid (UTC)</source>
        <translation>Gültig (UTC)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Datei: %1 (%2)</translation>
    </message>
    <message>
        <source>The vault is busy or locked; the file cannot be read now.</source>
        <translation>Der Tresor ist beschäftigt oder gesperrt; die Datei kann gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Kette: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported. %1</source>
        <translation>Diese Datei kann nicht importiert werden. %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The certificate, its managed key and its managed secret are written together, or not at all.</source>
        <translation>Das Zertifikat, sein verwalteter Schlüssel und sein verwaltetes Geheimnis werden gemeinsam geschrieben oder gar nicht.</translation>
    </message>
    <message>
        <source>Importing %1 as %2.</source>
        <translation>%1 wird als %2 importiert.</translation>
    </message>
    <message>
        <source>Importing… (a key going to the HSM can take a few seconds)</source>
        <translation>Wird importiert… (ein Schlüssel für das HSM kann einige Sekunden dauern)</translation>
    </message>
    <message>
        <source>Nothing was stored. Go back to change the options, or cancel.</source>
        <translation>Es wurde nichts gespeichert. Gehen Sie zurück, um die Optionen zu ändern, oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportSummaryPage</name>
    <message>
        <source>&amp;Show certificate</source>
        <translation>Zertifikat &amp;anzeigen</translation>
    </message>
    <message>
        <source>Import &amp;another</source>
        <translation>Weiteres &amp;importieren</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>The certificate is in the vault.</source>
        <translation>Das Zertifikat ist im Tresor.</translation>
    </message>
    <message>
        <source>Certificate id:</source>
        <translation>Zertifikat-ID:</translation>
    </message>
    <message>
        <source>Key id (kid):</source>
        <translation>Schlüssel-ID (kid):</translation>
    </message>
    <message>
        <source>Secret id (sid):</source>
        <translation>Geheimnis-ID (sid):</translation>
    </message>
    <message>
        <source>Thumbprint (x5t):</source>
        <translation>Fingerabdruck (x5t):</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>Warnings kept with the certificate:</source>
        <translation>Mit dem Zertifikat gespeicherte Warnungen:</translation>
    </message>
    <message>
        <source>none (no private key)</source>
        <translation>keine (kein privater Schlüssel)</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>PKCS#12 (PFX)</source>
        <translation>PKCS#12 (PFX)</translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation>Das Zertifikat</translation>
    </message>
    <message>
        <source>The certificate with a chain of %1</source>
        <translation>Das Zertifikat mit einer Kette aus %1 Zertifikaten</translation>
    </message>
    <message>
        <source>no managed key (certificate only)</source>
        <translation>kein verwalteter Schlüssel (nur Zertifikat)</translation>
    </message>
    <message>
        <source>a managed key on the HSM (not exportable)</source>
        <translation>ein verwalteter Schlüssel auf dem HSM (nicht exportierbar)</translation>
    </message>
    <message>
        <source>a managed key in the vault, exportable</source>
        <translation>ein verwalteter Schlüssel im Tresor (exportierbar)</translation>
    </message>
    <message>
        <source>a managed key in the vault, not exportable</source>
        <translation>ein verwalteter Schlüssel im Tresor (nicht exportierbar)</translation>
    </message>
    <message>
        <source>%1, %2, and a managed secret (%3).</source>
        <translation>%1, %2 und ein verwaltetes Geheimnis (%3).</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeyCreateDialog</name>
    <message>
        <source>E&amp;xportable (the private key may be downloaded later)</source>
        <translation>E&amp;xportierbar (der private Schlüssel darf später heruntergeladen werden)</translation>
    </message>
    <message>
        <source>&amp;Enabled (a disabled key cannot be used)</source>
        <translation>&amp;Aktiviert (ein deaktivierter Schlüssel kann nicht verwendet werden)</translation>
    </message>
    <message>
        <source>Set &amp;activation date</source>
        <translation>Aktivierungs&amp;datum setzen</translation>
    </message>
    <message>
        <source>Set expiration &amp;date</source>
        <translation>A&amp;blaufdatum setzen</translation>
    </message>
    <message>
        <source>Go to Manage deleted</source>
        <translation>Zu „Gelöschte verwalten“</translation>
    </message>
    <message>
        <source>New Key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>letters, digits and dashes, e.g. payments-signing</source>
        <translation>Buchstaben, Ziffern und Bindestriche, z. B. payments-signing</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Si&amp;ze/curve:</source>
        <translation>&amp;Größe/Kurve:</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Schutz:</translation>
    </message>
    <message>
        <source>Operations:</source>
        <translation>Vorgänge:</translation>
    </message>
    <message>
        <source>Not before:</source>
        <translation>Nicht vor:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A key named %1 already exists. Select it and use Rotate now for new key material.</source>
        <translation>Ein Schlüssel namens %1 existiert bereits. Wählen Sie ihn aus und erzeugen Sie mit „Jetzt rotieren“ neues Schlüsselmaterial.</translation>
    </message>
    <message>
        <source>✓ %1 is available</source>
        <translation>✓ %1 ist verfügbar</translation>
    </message>
    <message>
        <source>The private part of an HSM key never leaves the token.</source>
        <translation>Der private Teil eines HSM-Schlüssels verlässt das Token nie.</translation>
    </message>
    <message>
        <source>Choose at least one operation the key permits.</source>
        <translation>Wählen Sie mindestens einen Vorgang, den der Schlüssel erlaubt.</translation>
    </message>
    <message>
        <source>Generating a %1 key %2; this can take a few seconds…</source>
        <translation>Ein Schlüssel vom Typ %1 (%2) wird erzeugt; das kann einige Sekunden dauern…</translation>
    </message>
    <message>
        <source>Generating the key…</source>
        <translation>Der Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <source>A key of type %1 cannot do this.</source>
        <translation>Ein Schlüssel vom Typ %1 kann das nicht.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeyDetailsPane</name>
    <message>
        <source>&amp;Edit properties…</source>
        <translation>Eigenschaften &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>JWK</source>
        <translation>JWK</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>HSM</source>
        <translation>HSM</translation>
    </message>
    <message>
        <source>SubjectPublicKeyInfo, PEM encoded (what openssl reads)</source>
        <translation>SubjectPublicKeyInfo, PEM-kodiert (was openssl liest)</translation>
    </message>
    <message>
        <source>JSON Web Key with Azure&apos;s fields (kid, kty, key_ops, n, e, crv, x, y)</source>
        <translation>JSON Web Key mit den Feldern von Azure (kid, kty, key_ops, n, e, crv, x, y)</translation>
    </message>
    <message>
        <source>Versions (select one to show it in every tab)</source>
        <translation>Versionen (wählen Sie eine aus, um sie auf jedem Reiter zu zeigen)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Rotation policy</source>
        <translation>Rotationsrichtlinie</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>Kein Schlüssel ausgewählt</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size/curve</source>
        <translation>Größe/Kurve</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Exportable</source>
        <translation>Exportierbar</translation>
    </message>
    <message>
        <source>No (HSM key)</source>
        <translation>Nein (HSM-Schlüssel)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An oct (AES) key has no public half; its JWK holds kid, kty and key_ops only.</source>
        <translation>Ein oct-Schlüssel (AES) hat keine öffentliche Hälfte; sein JWK enthält nur kid, kty und key_ops.</translation>
    </message>
    <message>
        <source>Symmetric key: nothing secret is shown; the key material never leaves the vault.</source>
        <translation>Symmetrischer Schlüssel: Es wird nichts Geheimes angezeigt; das Schlüsselmaterial verlässt den Tresor nie.</translation>
    </message>
    <message>
        <source>Public half of version %1. The private key is never shown here.</source>
        <translation>Öffentliche Hälfte von Version %1. Der private Schlüssel wird hier nie angezeigt.</translation>
    </message>
    <message>
        <source>Public key of %1 copied</source>
        <translation>Öffentlicher Schlüssel von %1 kopiert</translation>
    </message>
    <message>
        <source>JWK (*.jwk *.json)</source>
        <translation>JWK (*.jwk *.json)</translation>
    </message>
    <message>
        <source>PEM (*.pem);;DER (*.der);;JWK (*.jwk *.json)</source>
        <translation>PEM (*.pem);;DER (*.der);;JWK (*.jwk *.json)</translation>
    </message>
    <message>
        <source>Save Public Key of %1</source>
        <translation>Öffentlichen Schlüssel von %1 speichern</translation>
    </message>
    <message>
        <source>Save Public Key</source>
        <translation>Öffentlichen Schlüssel speichern</translation>
    </message>
    <message>
        <source>Public key of %1 saved to %2</source>
        <translation>Öffentlicher Schlüssel von %1 gespeichert unter %2</translation>
    </message>
    <message>
        <source>Properties of %1 version %2 saved</source>
        <translation>Eigenschaften von %1, Version %2 gespeichert</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeyImportDialog</name>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>encrypted PEM (needs its password)</source>
        <translation>verschlüsseltes PEM (braucht sein Passwort)</translation>
    </message>
    <message>
        <source>DER</source>
        <translation>DER</translation>
    </message>
    <message>
        <source>JWK</source>
        <translation>JWK</translation>
    </message>
    <message>
        <source>Drop a key file here (PEM, DER or JWK), or choose one.</source>
        <translation>Legen Sie hier eine Schlüsseldatei ab (PEM, DER oder JWK), oder wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Default operations (the JWK&apos;s key_ops, or all the key type supports)</source>
        <translation>&amp;Standardvorgänge (die key_ops des JWK oder alle, die der Schlüsseltyp unterstützt)</translation>
    </message>
    <message>
        <source>E&amp;xportable (the private key may be downloaded later)</source>
        <translation>E&amp;xportierbar (der private Schlüssel darf später heruntergeladen werden)</translation>
    </message>
    <message>
        <source>Import Key</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Schutz:</translation>
    </message>
    <message>
        <source>Operations:</source>
        <translation>Vorgänge:</translation>
    </message>
    <message>
        <source>Key files (*.pem *.key *.der *.jwk *.json);;All files (*)</source>
        <translation>Schlüsseldateien (*.pem *.key *.der *.jwk *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file is too large to be a key (%1).</source>
        <translation>Die Datei ist zu groß für einen Schlüssel (%1).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A key named %1 already exists.</source>
        <translation>Ein Schlüssel namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>✓ %1 is available</source>
        <translation>✓ %1 ist verfügbar</translation>
    </message>
    <message>
        <source>The key file is encrypted: enter its password.</source>
        <translation>Die Schlüsseldatei ist verschlüsselt: Geben Sie ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeyPropertiesDialog</name>
    <message>
        <source>&amp;Enabled (a disabled key cannot be used)</source>
        <translation>&amp;Aktiviert (ein deaktivierter Schlüssel kann nicht verwendet werden)</translation>
    </message>
    <message>
        <source>Set &amp;activation date</source>
        <translation>Aktivierungs&amp;datum setzen</translation>
    </message>
    <message>
        <source>Set expiration &amp;date</source>
        <translation>A&amp;blaufdatum setzen</translation>
    </message>
    <message>
        <source>Key Properties — %1</source>
        <translation>Schlüsseleigenschaften — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>An HSM key&apos;s operations can only be narrowed.</source>
        <translation>Die Vorgänge eines HSM-Schlüssels können nur eingeschränkt werden.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Not before:</source>
        <translation>Nicht vor:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Operations:</source>
        <translation>Vorgänge:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Choose at least one operation the key permits.</source>
        <translation>Wählen Sie mindestens einen Vorgang, den der Schlüssel erlaubt.</translation>
    </message>
    <message>
        <source>A key of type %1 cannot do this.</source>
        <translation>Ein Schlüssel vom Typ %1 kann das nicht.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeyProtectionChooser</name>
    <message>
        <source>&amp;Software (in the encrypted vault database)</source>
        <translation>&amp;Software (in der verschlüsselten Tresordatenbank)</translation>
    </message>
    <message>
        <source>&amp;HSM (generated on the vault&apos;s PKCS#11 token; never leaves it)</source>
        <translation>&amp;HSM (auf dem PKCS#11-Token des Tresors erzeugt; verlässt es nie)</translation>
    </message>
    <message>
        <source>Token: %1 (serial %2)</source>
        <translation>Token: %1 (Seriennummer %2)</translation>
    </message>
    <message>
        <source>&amp;Log in to token</source>
        <translation>Bei&amp;m Token anmelden</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>Token-PIN</translation>
    </message>
    <message>
        <source>The vault is busy with background work (a scheduled rotation, an import, …); the HSM option is checked again when it is done.</source>
        <translation>Der Tresor ist mit Hintergrundarbeit beschäftigt (einer geplanten Rotation, einem Import, …); die HSM-Option wird erneut geprüft, wenn sie fertig ist.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeyTryPanel</name>
    <message>
        <source>Si&amp;gnature (base64):</source>
        <translation>Si&amp;gnatur (Base64):</translation>
    </message>
    <message>
        <source>&amp;IV (base64):</source>
        <translation>&amp;IV (Base64):</translation>
    </message>
    <message>
        <source>&amp;Tag (base64):</source>
        <translation>&amp;Tag (Base64):</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Verify this signature</source>
        <translation>Diese Signatur &amp;prüfen</translation>
    </message>
    <message>
        <source>D&amp;ecrypt this</source>
        <translation>Dies &amp;entschlüsseln</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Text (UTF-8)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>The result appears here.</source>
        <translation>Hier erscheint das Ergebnis.</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>A&amp;lgorithmus:</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>Kein Schlüssel ausgewählt</translation>
    </message>
    <message>
        <source>Try %1 (current version)</source>
        <translation>%1 ausprobieren (aktuelle Version)</translation>
    </message>
    <message>
        <source>Try %1, version %2</source>
        <translation>%1 ausprobieren, Version %2</translation>
    </message>
    <message>
        <source>This version is disabled: every operation is refused until it is enabled.</source>
        <translation>Diese Version ist deaktiviert: Jeder Vorgang wird abgelehnt, bis sie aktiviert ist.</translation>
    </message>
    <message>
        <source>HSM key: the private-key operations run on the token.</source>
        <translation>HSM-Schlüssel: Die Vorgänge mit dem privaten Schlüssel laufen auf dem Token.</translation>
    </message>
    <message>
        <source>This key allows no operation that can be tried here (its key_ops: %1).</source>
        <translation>Dieser Schlüssel erlaubt keinen Vorgang, der sich hier ausprobieren lässt (seine key_ops: %1).</translation>
    </message>
    <message>
        <source>&amp;Data to sign (hashed first):</source>
        <translation>Zu signierende &amp;Daten (werden zuerst gehasht):</translation>
    </message>
    <message>
        <source>&amp;Data that was signed (hashed first):</source>
        <translation>Signierte &amp;Daten (werden zuerst gehasht):</translation>
    </message>
    <message>
        <source>&amp;Plaintext:</source>
        <translation>&amp;Klartext:</translation>
    </message>
    <message>
        <source>&amp;Ciphertext:</source>
        <translation>&amp;Chiffretext:</translation>
    </message>
    <message>
        <source>&amp;Key to wrap:</source>
        <translation>Zu umschließender &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Wrapped key:</source>
        <translation>&amp;Umschlossener Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <source>The input is hashed with %1; the %2-byte digest is what the key signs.</source>
        <translation>Die Eingabe wird mit %1 gehasht; der Schlüssel signiert den %2 Byte langen Hashwert.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 of plaintext with this key.</source>
        <translation>%1 nimmt mit diesem Schlüssel höchstens %2 Klartext an.</translation>
    </message>
    <message>
        <source>U&amp;nwrap this</source>
        <translation>Dies e&amp;ntpacken</translation>
    </message>
    <message>
        <source>The input is not hex: use pairs of the digits 0-9 and a-f.</source>
        <translation>Die Eingabe ist kein Hex: Verwenden Sie Paare aus den Ziffern 0-9 und a-f.</translation>
    </message>
    <message>
        <source>The input is not base64.</source>
        <translation>Die Eingabe ist kein Base64.</translation>
    </message>
    <message>
        <source>Wait for the running operation.</source>
        <translation>Warten Sie auf den laufenden Vorgang.</translation>
    </message>
    <message>
        <source>Choose a key and an operation first.</source>
        <translation>Wählen Sie zuerst einen Schlüssel und einen Vorgang.</translation>
    </message>
    <message>
        <source>%1 digest (hex): %2</source>
        <translation>%1-Hashwert (hex): %2</translation>
    </message>
    <message>
        <source>Enter the signature to check, in base64.</source>
        <translation>Geben Sie die zu prüfende Signatur in Base64 ein.</translation>
    </message>
    <message>
        <source>%1 needs the IV and the tag that encryption returned, in base64.</source>
        <translation>%1 braucht den IV und das Tag, die die Verschlüsselung geliefert hat, in Base64.</translation>
    </message>
    <message>
        <source>Enter the input first.</source>
        <translation>Geben Sie zuerst die Eingabe ein.</translation>
    </message>
    <message>
        <source>%1 signature (base64) by %2.</source>
        <translation>%1-Signatur (Base64) von %2.</translation>
    </message>
    <message>
        <source>✔ Valid: the signature matches this data and key.</source>
        <translation>✔ Gültig: Die Signatur passt zu diesen Daten und diesem Schlüssel.</translation>
    </message>
    <message>
        <source>✘ Invalid: the signature does not match this data and key.</source>
        <translation>✘ Ungültig: Die Signatur passt nicht zu diesen Daten und diesem Schlüssel.</translation>
    </message>
    <message>
        <source>%1 ciphertext (base64) by %2.</source>
        <translation>%1-Chiffretext (Base64) von %2.</translation>
    </message>
    <message>
        <source>%1 wrapped key (base64) by %2.</source>
        <translation>Mit %1 umschlossener Schlüssel (Base64) von %2.</translation>
    </message>
    <message>
        <source>IV: %1  Tag: %2</source>
        <translation>IV: %1  Tag: %2</translation>
    </message>
    <message>
        <source>Decrypted (%1).</source>
        <translation>Entschlüsselt (%1).</translation>
    </message>
    <message>
        <source>Decrypted (binary, hex; %1).</source>
        <translation>Entschlüsselt (binär, hex; %1).</translation>
    </message>
    <message>
        <source>Cleared after %1, when another key is chosen, or when the vault locks.</source>
        <translation>Wird nach %1 gelöscht, wenn ein anderer Schlüssel gewählt wird oder wenn der Tresor gesperrt wird.</translation>
    </message>
    <message>
        <source>This key version is disabled: it cannot %1. Enable it first.</source>
        <translation>Diese Schlüsselversion ist deaktiviert: %1 ist damit nicht möglich. Aktivieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>This key version expired on %1: it can no longer sign, encrypt or wrap (verify, decrypt and unwrap still work).</source>
        <translation>Diese Schlüsselversion ist am %1 abgelaufen: Sie kann nicht mehr signieren, verschlüsseln oder umschließen (Prüfen, Entschlüsseln und Entpacken funktionieren weiterhin).</translation>
    </message>
    <message>
        <source>This key version is not valid before %1: it cannot sign, encrypt or wrap yet.</source>
        <translation>Diese Schlüsselversion ist erst ab %1 gültig: Sie kann noch nicht signieren, verschlüsseln oder umschließen.</translation>
    </message>
    <message>
        <source>This key does not allow %1: its operations are %2.</source>
        <translation>Dieser Schlüssel erlaubt %1 nicht: Seine Vorgänge sind %2.</translation>
    </message>
    <message>
        <source>The input does not fit this key and algorithm: %1</source>
        <translation>Die Eingabe passt nicht zu diesem Schlüssel und Algorithmus: %1</translation>
    </message>
    <message>
        <source>Decryption failed: the input was not made by this key version with this algorithm, or it was changed.</source>
        <translation>Entschlüsselung fehlgeschlagen: Die Eingabe wurde nicht von dieser Schlüsselversion mit diesem Algorithmus erzeugt, oder sie wurde verändert.</translation>
    </message>
    <message>
        <source>Decrypted value copied; the clipboard is cleared in %1</source>
        <translation>Entschlüsselter Wert kopiert; die Zwischenablage wird in %1 geleert</translation>
    </message>
    <message>
        <source>Result copied</source>
        <translation>Ergebnis kopiert</translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeysPage</name>
    <message>
        <source>1 key</source>
        <translation>1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): name, tag, rsa, ec, oct, hsm, p-256, sign, or enabled, disabled, expired, expiring</source>
        <translation>Filter (Strg+F): Name, Tag, rsa, ec, oct, hsm, p-256, sign oder enabled, disabled, expired, expiring</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Import key…</source>
        <translation>Schlüssel &amp;importieren…</translation>
    </message>
    <message>
        <source>R&amp;otate now…</source>
        <translation>Jetzt r&amp;otieren…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Download &amp;public key…</source>
        <translation>Ö&amp;ffentlichen Schlüssel herunterladen…</translation>
    </message>
    <message>
        <source>&amp;Edit properties…</source>
        <translation>Eigenschaften &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Download &amp;backup…</source>
        <translation>&amp;Sicherung herunterladen…</translation>
    </message>
    <message>
        <source>Res&amp;tore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Make a new version with new key material now</source>
        <translation>Jetzt eine neue Version mit neuem Schlüsselmaterial erzeugen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Key %1 created</source>
        <translation>Schlüssel %1 erstellt</translation>
    </message>
    <message>
        <source>Key %1 imported</source>
        <translation>Schlüssel %1 importiert</translation>
    </message>
    <message>
        <source>Rotate the key %1 now?</source>
        <translation>Den Schlüssel %1 jetzt rotieren?</translation>
    </message>
    <message>
        <source>A new version with new key material is made (%1 %2, the same operations and protection) and becomes the current version. Older versions stay: what they signed still verifies and what they encrypted can still be decrypted.</source>
        <translation>Eine neue Version mit neuem Schlüsselmaterial wird erzeugt (%1, %2, mit denselben Vorgängen und demselben Schutz) und wird zur aktuellen Version. Ältere Versionen bleiben erhalten: Was sie signiert haben, lässt sich weiterhin prüfen, und was sie verschlüsselt haben, lässt sich weiterhin entschlüsseln.</translation>
    </message>
    <message>
        <source>Rotate Key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Rotating %1: making new key material…</source>
        <translation>%1 wird rotiert: Neues Schlüsselmaterial wird erzeugt…</translation>
    </message>
    <message>
        <source>Key %1 rotated: version %2 is now current</source>
        <translation>Schlüssel %1 rotiert: Version %2 ist jetzt aktuell</translation>
    </message>
    <message>
        <source>Delete the key %1?</source>
        <translation>Den Schlüssel %1 löschen?</translation>
    </message>
    <message>
        <source>Deleting is soft: the key and all its versions move to Manage deleted, where they can be recovered for %1 (until %2). Then they are purged for good. Meanwhile the name cannot be reused, and nothing can be signed, verified, encrypted or decrypted with the key.</source>
        <translation>Das Löschen ist vorläufig: Der Schlüssel und alle seine Versionen wandern nach „Gelöschte verwalten“, wo sie %1 lang (bis %2) wiederhergestellt werden können. Danach werden sie endgültig gelöscht. Bis dahin kann der Name nicht wiederverwendet werden, und mit dem Schlüssel kann nichts signiert, geprüft, verschlüsselt oder entschlüsselt werden.</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Key %1 deleted (recoverable until %2)</source>
        <translation>Schlüssel %1 gelöscht (wiederherstellbar bis %2)</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Key %1 recovered</source>
        <translation>Schlüssel %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Download Backup</source>
        <translation>Sicherung herunterladen</translation>
    </message>
    <message>
        <source>Download Backup of %1</source>
        <translation>Sicherung von %1 herunterladen</translation>
    </message>
    <message>
        <source>Coffer backups (*%1)</source>
        <translation>Coffer-Sicherungen (*%1)</translation>
    </message>
    <message>
        <source>Backup of %1 saved to %2</source>
        <translation>Sicherung von %1 gespeichert unter %2</translation>
    </message>
    <message>
        <source>Restore Key Backup</source>
        <translation>Schlüsselsicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Coffer backups (*%1);;All files (*)</source>
        <translation>Coffer-Sicherungen (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Key %1 restored from backup</source>
        <translation>Schlüssel %1 aus der Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>coffer::ui::LockedPage</name>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>Unlocking: deriving the vault key…</source>
        <translation>Wird entsperrt: Der Tresorschlüssel wird abgeleitet…</translation>
    </message>
    <message>
        <source>This vault is locked. Its contents are encrypted and no key is in memory.</source>
        <translation>Dieser Tresor ist gesperrt. Sein Inhalt ist verschlüsselt, und kein Schlüssel befindet sich im Speicher.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::MainWindow</name>
    <message>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
    <message>
        <source>Select a vault on the left, create a new vault, or open an existing NAME.coffer folder.</source>
        <translation>Wählen Sie links einen Tresor, erstellen Sie einen neuen Tresor oder öffnen Sie einen vorhandenen Ordner NAME.coffer.</translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation>Tresore</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;New Vault…</source>
        <translation>&amp;Neuer Tresor…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Einen neuen Tresor erstellen</translation>
    </message>
    <message>
        <source>&amp;Open Vault…</source>
        <translation>Tresor ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Add an existing NAME.coffer folder to the list</source>
        <translation>Einen vorhandenen Ordner NAME.coffer zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock &amp;All</source>
        <translation>&amp;Alle sperren</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Forget this vault in the list; its folder stays on disk</source>
        <translation>Diesen Tresor aus der Liste entfernen; sein Ordner bleibt auf dem Datenträger</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Open Vault</source>
        <translation>Tresor öffnen</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Vault %1 added to the list</source>
        <translation>Tresor %1 zur Liste hinzugefügt</translation>
    </message>
    <message>
        <source>Open Vault (choose a NAME.coffer folder)</source>
        <translation>Tresor öffnen (einen Ordner NAME.coffer wählen)</translation>
    </message>
    <message>
        <source>Vault %1 created and unlocked</source>
        <translation>Tresor %1 erstellt und entsperrt</translation>
    </message>
    <message>
        <source>Vault %1 unlocked</source>
        <translation>Tresor %1 entsperrt</translation>
    </message>
    <message>
        <source>Vault %1 locked</source>
        <translation>Tresor %1 gesperrt</translation>
    </message>
    <message>
        <source>All vaults locked</source>
        <translation>Alle Tresore gesperrt</translation>
    </message>
    <message>
        <source>All vaults were locked after %1 min without input</source>
        <translation>Alle Tresore wurden nach %1 min ohne Eingabe gesperrt</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Remove the vault %1 from the list?

The folder %2 stays on disk; you can open it again later.</source>
        <translation>Den Tresor %1 aus der Liste entfernen?

Der Ordner %2 bleibt auf dem Datenträger; Sie können ihn später wieder öffnen.</translation>
    </message>
    <message>
        <source>Vault %1 removed from the list</source>
        <translation>Tresor %1 aus der Liste entfernt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Vault %1 unlocked. Deleted items whose retention had ended were purged: %2.</source>
        <translation>Tresor %1 entsperrt. Gelöschte Elemente, deren Aufbewahrungszeit abgelaufen war, wurden endgültig gelöscht: %2.</translation>
    </message>
    <message>
        <source>Verify &amp;Audit Export…</source>
        <translation>Protokollexport &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check an exported audit log offline, without opening any vault</source>
        <translation>Ein exportiertes Überwachungsprotokoll offline prüfen, ohne einen Tresor zu öffnen</translation>
    </message>
    <message>
        <source>Verify Audit Export</source>
        <translation>Protokollexport prüfen</translation>
    </message>
    <message>
        <source>Audit exports (*.jsonl);;All files (*)</source>
        <translation>Protokollexporte (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Search and Commands…</source>
        <translation>&amp;Suchen und Befehle…</translation>
    </message>
    <message>
        <source>Find a command, or a secret, key or certificate in any unlocked vault</source>
        <translation>Einen Befehl oder ein Geheimnis, einen Schlüssel oder ein Zertifikat in einem entsperrten Tresor finden</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>&amp;Generate Password…</source>
        <translation>Passwort &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Make a random password or passphrase and copy it</source>
        <translation>Ein zufälliges Passwort oder eine Passphrase erzeugen und kopieren</translation>
    </message>
    <message>
        <source>&amp;Pin to Top</source>
        <translation>Oben an&amp;heften</translation>
    </message>
    <message>
        <source>Keep this vault at the top of the list</source>
        <translation>Diesen Tresor oben in der Liste halten</translation>
    </message>
    <message>
        <source>Try the &amp;Demo Vault</source>
        <translation>&amp;Demo-Tresor ausprobieren</translation>
    </message>
    <message>
        <source>New to Coffer? The demo vault holds sample secrets, keys and a certificate to explore; its passphrase is %1. Keep real secrets out of it.</source>
        <translation>Neu bei Coffer? Der Demo-Tresor enthält Beispiel-Geheimnisse, -Schlüssel und ein Zertifikat zum Ausprobieren; seine Passphrase ist %1. Legen Sie keine echten Geheimnisse darin ab.</translation>
    </message>
    <message>
        <source>Open &amp;Demo Vault</source>
        <translation>&amp;Demo-Tresor öffnen</translation>
    </message>
    <message>
        <source>A vault with sample objects to explore (made on first use)</source>
        <translation>Ein Tresor mit Beispielobjekten zum Ausprobieren (beim ersten Mal angelegt)</translation>
    </message>
    <message>
        <source>The demo vault&apos;s passphrase is %1.</source>
        <translation>Die Passphrase des Demo-Tresors ist %1.</translation>
    </message>
    <message>
        <source>Demo Vault</source>
        <translation>Demo-Tresor</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The demo vault was made, but its sample objects could not all be added: %1</source>
        <translation>Der Demo-Tresor wurde angelegt, aber nicht alle Beispielobjekte konnten hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Demo vault created in %1. %2 Keep real secrets out of it.</source>
        <translation>Demo-Tresor in %1 angelegt. %2 Legen Sie keine echten Geheimnisse darin ab.</translation>
    </message>
    <message>
        <source>Making the demo vault…</source>
        <translation>Der Demo-Tresor wird angelegt…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>coffer::ui::MergeCertificateDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Merge Signed Certificate into %1</source>
        <translation>Signiertes Zertifikat mit %1 zusammenführen</translation>
    </message>
    <message>
        <source>Drop the signed certificate here, or Browse…</source>
        <translation>Legen Sie das signierte Zertifikat hier ab oder wählen Sie „Durchsuchen…“</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The request for %1 (subject %2) waits for the certificate your CA signed from its CSR. Give the file the CA returned: PEM (with or without its chain) or DER.</source>
        <translation>Die Anforderung für %1 (Antragsteller %2) wartet auf das Zertifikat, das Ihre CA auf Grundlage ihres CSR signiert hat. Geben Sie die Datei an, die die CA zurückgegeben hat: PEM (mit oder ohne Kette) oder DER.</translation>
    </message>
    <message>
        <source>Signed Certificate</source>
        <translation>Signiertes Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This file cannot be merged: %1</source>
        <translation>Diese Datei kann nicht zusammengeführt werden: %1</translation>
    </message>
    <message>
        <source>1 certificate in the file:</source>
        <translation>1 Zertifikat in der Datei:</translation>
    </message>
    <message>
        <source>%1 certificates in the file:</source>
        <translation>%1 Zertifikate in der Datei:</translation>
    </message>
    <message>
        <source>• %1 — issued by %2, valid until %3</source>
        <translation>• %1 — ausgestellt von %2, gültig bis %3</translation>
    </message>
    <message>
        <source>The certificate does not complete this request: %1</source>
        <translation>Das Zertifikat passt nicht zu dieser Anforderung: %1</translation>
    </message>
    <message>
        <source>The request was cancelled: delete it and create a new one.</source>
        <translation>Die Anforderung wurde abgebrochen: Löschen Sie sie und erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>The file is larger than 10 MiB: it is not a certificate.</source>
        <translation>Die Datei ist größer als 10 MiB: Sie ist kein Zertifikat.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::NamePage</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Name and location</source>
        <translation>Name und Speicherort</translation>
    </message>
    <message>
        <source>A vault is a folder NAME.coffer holding an encrypted database and its header.</source>
        <translation>Ein Tresor ist ein Ordner NAME.coffer mit einer verschlüsselten Datenbank und ihrem Kopf.</translation>
    </message>
    <message>
        <source>e.g. payments-prod</source>
        <translation>z. B. zahlungen-prod</translation>
    </message>
    <message>
        <source>Vault &amp;name:</source>
        <translation>Tresor&amp;name:</translation>
    </message>
    <message>
        <source>Create in &amp;folder:</source>
        <translation>Im &amp;Ordner erstellen:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>The owner is the first user of the vault; the passphrase you choose next unlocks the vault as this user.</source>
        <translation>Der Besitzer ist der erste Benutzer des Tresors; die Passphrase, die Sie als Nächstes wählen, entsperrt den Tresor als dieser Benutzer.</translation>
    </message>
    <message>
        <source>Folder for the New Vault</source>
        <translation>Ordner für den neuen Tresor</translation>
    </message>
    <message>
        <source>✓ Valid name. %1</source>
        <translation>✓ Gültiger Name. %1</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose an existing folder.</source>
        <translation>Der Ordner existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name or folder.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder Ordner.</translation>
    </message>
    <message>
        <source>The vault will be created as %1</source>
        <translation>Der Tresor wird als %1 erstellt</translation>
    </message>
</context>
<context>
    <name>coffer::ui::NewPrincipalDialog</name>
    <message>
        <source>Deriving the new user&apos;s key; this takes a moment…</source>
        <translation>Der Schlüssel des neuen Benutzers wird abgeleitet; das dauert einen Moment…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>A user unlocks the vault with a passphrase of their own (a keyslot of their own) and then acts with the roles or access policy given to them. A new user holds no access yet.</source>
        <translation>Ein Benutzer entsperrt den Tresor mit einer eigenen Passphrase (einem eigenen Schlüsselplatz) und handelt dann mit den Rollen oder der Zugriffsrichtlinie, die ihm gegeben wurden. Ein neuer Benutzer hat noch keinen Zugriff.</translation>
    </message>
    <message>
        <source>New Application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>An application (a script, a service) opens the vault with a generated client secret, shown once after creation. It holds no access until you give it a role or an access policy.</source>
        <translation>Eine Anwendung (ein Skript, ein Dienst) öffnet den Tresor mit einem erzeugten geheimen Clientschlüssel, der nach dem Erstellen einmal angezeigt wird. Sie hat keinen Zugriff, bis Sie ihr eine Rolle oder eine Zugriffsrichtlinie geben.</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Roles and access policies given to a group apply to each of its members. Groups contain users and applications.</source>
        <translation>Rollen und Zugriffsrichtlinien einer Gruppe gelten für jedes ihrer Mitglieder. Gruppen enthalten Benutzer und Anwendungen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
</context>
<context>
    <name>coffer::ui::NewVaultWizard</name>
    <message>
        <source>New Vault</source>
        <translation>Neuer Tresor</translation>
    </message>
</context>
<context>
    <name>coffer::ui::OverviewPage</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Turn On &amp;Purge Protection…</source>
        <translation>&amp;Löschschutz einschalten…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Nächste 30 Tage</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Forbid purging deleted objects before their retention ends; this can never be undone, as in Azure Key Vault</source>
        <translation>Verbietet das endgültige Löschen gelöschter Objekte vor dem Ende ihrer Aufbewahrung; lässt sich wie in Azure Key Vault nie rückgängig machen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>The newest changes, value reads and refusals; listings are left out. The Audit page shows every record.</source>
        <translation>Die neuesten Änderungen, Wertabrufe und Ablehnungen; Auflistungen sind ausgelassen. Die Seite „Überwachung“ zeigt jeden Eintrag.</translation>
    </message>
    <message>
        <source>The vault is busy with background work; the overview is read again when it is done (or press F5).</source>
        <translation>Der Tresor ist mit Hintergrundarbeit beschäftigt; die Übersicht wird danach neu gelesen (oder drücken Sie F5).</translation>
    </message>
    <message>
        <source>You may not see this vault&apos;s schedule, so there is no overview.</source>
        <translation>Sie dürfen den Zeitplan dieses Tresors nicht sehen, daher gibt es keine Übersicht.</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>Die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — Overview</source>
        <translation>%1 — Übersicht</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Soft-deleted objects you can recover or purge</source>
        <translation>Vorläufig gelöschte Objekte, die Sie wiederherstellen oder endgültig löschen können</translation>
    </message>
    <message>
        <source>You may not list deleted objects.</source>
        <translation>Sie dürfen gelöschte Objekte nicht auflisten.</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <source>No warnings: purge protection is on, nothing is expired or overdue, and every key has a rotation policy.</source>
        <translation>Keine Warnungen: Der Löschschutz ist an, nichts ist abgelaufen oder überfällig, und jeder Schlüssel hat eine Rotationsrichtlinie.</translation>
    </message>
    <message>
        <source>Nothing rotates, renews or expires in the next 30 days.</source>
        <translation>In den nächsten 30 Tagen wird nichts rotiert, erneuert oder läuft ab.</translation>
    </message>
    <message>
        <source>%1 events; the first %2 are listed.</source>
        <translation>%1 Ereignisse; die ersten %2 sind aufgeführt.</translation>
    </message>
    <message>
        <source>%1 events, soonest first. Enter or double-click opens the object.</source>
        <translation>%1 Ereignisse, die nächsten zuerst. Eingabetaste oder Doppelklick öffnet das Objekt.</translation>
    </message>
    <message>
        <source>You may not read this vault&apos;s audit log.</source>
        <translation>Sie dürfen das Überwachungsprotokoll dieses Tresors nicht lesen.</translation>
    </message>
    <message>
        <source>Turn On Purge Protection</source>
        <translation>Löschschutz einschalten</translation>
    </message>
    <message>
        <source>Turn on purge protection for %1?

Deleted secrets, keys and certificates can then only be recovered, never purged, until their retention ends. Purge protection can never be turned off again.</source>
        <translation>Löschschutz für %1 einschalten?

Gelöschte Geheimnisse, Schlüssel und Zertifikate können dann bis zum Ende ihrer Aufbewahrung nur wiederhergestellt, nie endgültig gelöscht werden. Der Löschschutz lässt sich nie wieder ausschalten.</translation>
    </message>
    <message>
        <source>The vault is busy with background work. Try again in a moment.</source>
        <translation>Der Tresor ist mit Hintergrundarbeit beschäftigt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Purge protection is on for %1.</source>
        <translation>Der Löschschutz ist für %1 eingeschaltet.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PassphraseInput</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Weak passphrases are refused. Several unrelated words make a passphrase that is strong and easy to type.</source>
        <translation>Schwache Passphrasen werden abgelehnt. Mehrere unzusammenhängende Wörter ergeben eine starke Passphrase, die sich leicht tippen lässt.</translation>
    </message>
    <message>
        <source>%1 (about %2 bits of entropy)</source>
        <translation>%1 (etwa %2 Bit Entropie)</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Geben Sie die Passphrase zur Bestätigung erneut ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation>✓ Die Passphrasen stimmen überein.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase unlocks the vault. Nobody can recover it for you: only the recovery key shown at the end can replace it.</source>
        <translation>Die Passphrase entsperrt den Tresor. Niemand kann sie für Sie wiederherstellen: Nur der am Ende angezeigte Wiederherstellungsschlüssel kann sie ersetzen.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PolicyPage</name>
    <message>
        <source>Enable &amp;purge protection</source>
        <translation>&amp;Löschschutz einschalten</translation>
    </message>
    <message>
        <source>Deletion and recovery</source>
        <translation>Löschen und Wiederherstellen</translation>
    </message>
    <message>
        <source>These two settings follow Azure Key Vault. Read them carefully: they cannot be undone.</source>
        <translation>Diese beiden Einstellungen folgen Azure Key Vault. Lesen Sie sie sorgfältig: Sie lassen sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Soft-delete &amp;retention:</source>
        <translation>&amp;Aufbewahrung nach vorläufigem Löschen:</translation>
    </message>
    <message>
        <source>A deleted secret, key or certificate stays recoverable for this many days (7 to 90), then it is purged for good. The retention period is fixed forever when the vault is created.</source>
        <translation>Ein gelöschtes Geheimnis, ein gelöschter Schlüssel oder ein gelöschtes Zertifikat bleibt so viele Tage (7 bis 90) wiederherstellbar und wird dann endgültig entfernt. Die Aufbewahrungsfrist wird beim Erstellen des Tresors für immer festgelegt.</translation>
    </message>
    <message>
        <source>With purge protection, nobody (not even an owner or administrator) can purge a deleted item before its retention period ends. Once enabled, purge protection can never be turned off.</source>
        <translation>Mit Löschschutz kann niemand (auch kein Besitzer oder Administrator) ein gelöschtes Element vor Ablauf seiner Aufbewahrungsfrist endgültig entfernen. Einmal eingeschaltet, kann der Löschschutz nie wieder ausgeschaltet werden.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PrincipalsPanel</name>
    <message>
        <source>New &amp;user…</source>
        <translation>Neuer &amp;Benutzer…</translation>
    </message>
    <message>
        <source>New a&amp;pplication…</source>
        <translation>Neue &amp;Anwendung…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Neue &amp;Gruppe…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Gruppenmitglieder</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You cannot delete the principal you are signed in as</source>
        <translation>Sie können den Prinzipal, als der Sie angemeldet sind, nicht löschen</translation>
    </message>
    <message>
        <source>%1 %2 created</source>
        <translation>%1 %2 erstellt</translation>
    </message>
    <message>
        <source>Delete the %1 %2?</source>
        <translation>%1 %2 löschen?</translation>
    </message>
    <message>
        <source>Its role assignments and access policy go with it; its members lose what it granted them.</source>
        <translation>Ihre Rollenzuweisungen und ihre Zugriffsrichtlinie werden mitgelöscht; ihre Mitglieder verlieren, was sie ihnen gewährt hat.</translation>
    </message>
    <message>
        <source>Its keyslots (its way to unlock the vault), role assignments, access policy and group memberships go with it. This cannot be undone.</source>
        <translation>Seine Schlüsselplätze (sein Weg, den Tresor zu entsperren), Rollenzuweisungen, Zugriffsrichtlinie und Gruppenmitgliedschaften werden mitgelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>%1 added to %2</source>
        <translation>%1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the group %2? %1 loses what the group&apos;s roles and access policy granted.</source>
        <translation>%1 aus der Gruppe %2 entfernen? %1 verliert, was die Rollen und die Zugriffsrichtlinie der Gruppe gewährt haben.</translation>
    </message>
    <message>
        <source>%1 removed from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PropertiesPage</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Keyslots (ways to unlock)</source>
        <translation>Schlüsselplätze (Wege zum Entsperren)</translation>
    </message>
    <message>
        <source>%1 — Properties</source>
        <translation>%1 — Eigenschaften</translation>
    </message>
    <message>
        <source>Expiry and rotation, next 12 months</source>
        <translation>Ablauf und Rotation, nächste 12 Monate</translation>
    </message>
    <message>
        <source>Expiry and rotation: you may not list any secrets, keys or certificates of this vault.</source>
        <translation>Ablauf und Rotation: Sie dürfen keine Geheimnisse, Schlüssel oder Zertifikate dieses Tresors auflisten.</translation>
    </message>
    <message>
        <source>Expiry and rotation could not be read: %1</source>
        <translation>Ablauf und Rotation konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Vault properties</source>
        <translation>Tresoreigenschaften</translation>
    </message>
    <message>
        <source>Keyslots</source>
        <translation>Schlüsselplätze</translation>
    </message>
</context>
<context>
    <name>coffer::ui::RecoveryKeyPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>I have &amp;saved the recovery key in a safe place</source>
        <translation>Ich habe den Wiederherstellungsschlüssel an einem sicheren Ort &amp;gespeichert</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is lost. It is shown only now: Coffer does not keep it. Store it offline, for example printed in a safe.</source>
        <translation>Dieser Schlüssel öffnet den Tresor, wenn die Passphrase verloren ist. Er wird nur jetzt angezeigt: Coffer bewahrt ihn nicht auf. Bewahren Sie ihn offline auf, zum Beispiel ausgedruckt in einem Safe.</translation>
    </message>
    <message>
        <source>Anyone who has this key can open the vault. Copies are cleared from the clipboard after a short time.</source>
        <translation>Jeder, der diesen Schlüssel hat, kann den Tresor öffnen. Kopien werden nach kurzer Zeit aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 Sekunden geleert.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Coffer recovery key for the vault %1
%2
Anyone who has this key can open the vault. Keep it offline.

</source>
        <translation>Coffer-Wiederherstellungsschlüssel für den Tresor %1
%2
Jeder, der diesen Schlüssel hat, kann den Tresor öffnen. Bewahren Sie ihn offline auf.

</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::RoleAssignmentDialog</name>
    <message>
        <source>Add Role Assignment</source>
        <translation>Rollenzuweisung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>An assignment applies to everything below its scope. As in Azure, listing objects needs a role on all of them; a role on one object lets its holder use that object only.</source>
        <translation>Eine Zuweisung gilt für alles unterhalb ihres Bereichs. Wie in Azure braucht das Auflisten von Objekten eine Rolle für alle; eine Rolle für ein einzelnes Objekt erlaubt nur, dieses Objekt zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>&amp;Prinzipal:</translation>
    </message>
    <message>
        <source>Choose a role; its description appears here.</source>
        <translation>Wählen Sie eine Rolle; ihre Beschreibung erscheint hier.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>coffer::ui::RoleAssignmentsPanel</name>
    <message>
        <source>&amp;Add role assignment…</source>
        <translation>Rollenzuweisung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Give a principal a role at the vault, at all objects of a kind, or at one object</source>
        <translation>Einem Prinzipal eine Rolle für den Tresor, für alle Objekte einer Art oder für ein einzelnes Objekt geben</translation>
    </message>
    <message>
        <source>%1 now holds %2 at %3</source>
        <translation>%1 hat jetzt %2 auf %3</translation>
    </message>
    <message>
        <source>Remove the role %1 of %2 at %3?</source>
        <translation>Die Rolle %1 von %2 auf %3 entfernen?</translation>
    </message>
    <message>
        <source>%1 loses what this role granted at once, unless another role assignment grants it too.</source>
        <translation>%1 verliert sofort, was diese Rolle gewährt hat, es sei denn, eine andere Rollenzuweisung gewährt es ebenfalls.</translation>
    </message>
    <message>
        <source>Remove Role Assignment</source>
        <translation>Rollenzuweisung entfernen</translation>
    </message>
    <message>
        <source>Role %1 of %2 at %3 removed</source>
        <translation>Rolle %1 von %2 auf %3 entfernt</translation>
    </message>
    <message>
        <source>You may see only your own role assignments and your groups&apos; (listing all of them needs %1).</source>
        <translation>Sie sehen nur Ihre eigenen Rollenzuweisungen und die Ihrer Gruppen (alle aufzulisten benötigt %1).</translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation>Rollenzuweisungen</translation>
    </message>
</context>
<context>
    <name>coffer::ui::RotationPage</name>
    <message>
        <source>Run due actions &amp;while the console is open</source>
        <translation>Fällige Aktionen &amp;ausführen, solange die Konsole offen ist</translation>
    </message>
    <message>
        <source>Back to &amp;now</source>
        <translation>Zurück zu &amp;jetzt</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Run due now…</source>
        <translation>&amp;Fälliges jetzt ausführen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Show a shorter time (Ctrl++, or Ctrl with the mouse wheel)</source>
        <translation>Eine kürzere Zeit zeigen (Strg++ oder Strg mit dem Mausrad)</translation>
    </message>
    <message>
        <source>Show a longer time, up to 24 months (Ctrl+−)</source>
        <translation>Eine längere Zeit zeigen, bis zu 24 Monate (Strg+−)</translation>
    </message>
    <message>
        <source>Scroll the calendar back to now</source>
        <translation>Den Kalender zurück auf jetzt scrollen</translation>
    </message>
    <message>
        <source>Rotate, renew and record the notices of everything that is due now</source>
        <translation>Alles jetzt Fällige rotieren, erneuern und seine Hinweise erfassen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): name, kind, state or policy</source>
        <translation>Filter (Strg+F): Name, Art, Zustand oder Richtlinie</translation>
    </message>
    <message>
        <source>Preview months ahead</source>
        <translation>Vorschau Monate voraus</translation>
    </message>
    <message>
        <source>While a vault is unlocked here, its rotations, renewals and notices run when they come due (as the vault&apos;s system principal, each one audited)</source>
        <translation>Solange ein Tresor hier entsperrt ist, laufen seine Rotationen, Erneuerungen und Hinweise, sobald sie fällig werden (als Systemprinzipal des Tresors, jede im Überwachungsprotokoll erfasst)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>Noti&amp;ces (newest first)</source>
        <translation>Hin&amp;weise (neueste zuerst)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>now (no preview)</source>
        <translation>jetzt (keine Vorschau)</translation>
    </message>
    <message>
        <source>+%1 months (%2)</source>
        <translation>+%1 Monate (%2)</translation>
    </message>
    <message>
        <source>Could not read the schedule: %1</source>
        <translation>Der Plan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the notices: %1</source>
        <translation>Die Hinweise konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Preview of %1: planned as if nothing ran until then. Nothing in the vault changes; the calendar shows what would be overdue or expired.</source>
        <translation>Vorschau auf %1: geplant, als ob bis dahin nichts liefe. Im Tresor ändert sich nichts; der Kalender zeigt, was überfällig oder abgelaufen wäre.</translation>
    </message>
    <message>
        <source>Nothing to schedule: this vault has no secrets, keys or certificates you may list.</source>
        <translation>Nichts zu planen: Dieser Tresor hat keine Geheimnisse, Schlüssel oder Zertifikate, die Sie auflisten dürfen.</translation>
    </message>
    <message>
        <source>Nothing is scheduled: no secret, key or certificate has an expiry date, a rotation policy or a renewal action. Set an expiry date or a rotation policy in an object&apos;s properties and it appears here.</source>
        <translation>Nichts ist geplant: Kein Geheimnis, kein Schlüssel und kein Zertifikat hat ein Ablaufdatum, eine Rotationsrichtlinie oder eine Erneuerungsaktion. Legen Sie in den Eigenschaften eines Objekts ein Ablaufdatum oder eine Rotationsrichtlinie fest, dann erscheint es hier.</translation>
    </message>
    <message>
        <source>%1 of %2 objects shown</source>
        <translation>%1 von %2 Objekten angezeigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>next: %1 %2 on %3</source>
        <translation>nächste: %1 %2 am %3</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>not shown (you may not list them): %1</source>
        <translation>nicht angezeigt (Sie dürfen sie nicht auflisten): %1</translation>
    </message>
    <message>
        <source>Leave the preview (Back to now) to run what is due</source>
        <translation>Verlassen Sie die Vorschau (Zurück zu jetzt), um Fälliges auszuführen</translation>
    </message>
    <message>
        <source>Run Due Actions</source>
        <translation>Fällige Aktionen ausführen</translation>
    </message>
    <message>
        <source>Rotate the secrets and keys whose rotation is due, renew the certificates that renew themselves, and record the notices that are due, now? Each action runs as the vault&apos;s system principal and is recorded in the audit log.</source>
        <translation>Jetzt die Geheimnisse und Schlüssel rotieren, deren Rotation fällig ist, die Zertifikate erneuern, die sich selbst erneuern, und die fälligen Hinweise erfassen? Jede Aktion läuft als Systemprinzipal des Tresors und wird im Überwachungsprotokoll erfasst.</translation>
    </message>
    <message>
        <source>The vault is busy; try again in a moment.</source>
        <translation>Der Tresor ist beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not run the due actions: %1</source>
        <translation>Die fälligen Aktionen konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Ran at %1: %2</source>
        <translation>Ausgeführt um %1: %2</translation>
    </message>
    <message>
        <source>Due actions: %1</source>
        <translation>Fällige Aktionen: %1</translation>
    </message>
    <message>
        <source>Ran by itself at %1: %2</source>
        <translation>Von selbst ausgeführt um %1: %2</translation>
    </message>
    <message>
        <source>Due actions ran: %1</source>
        <translation>Fällige Aktionen ausgeführt: %1</translation>
    </message>
    <message>
        <source>Filter the schedule</source>
        <translation>Zeitplan filtern</translation>
    </message>
</context>
<context>
    <name>coffer::ui::RotationPolicyEditor</name>
    <message>
        <source>&amp;Rotate automatically</source>
        <translation>&amp;Automatisch rotieren</translation>
    </message>
    <message>
        <source>&amp;Notify before expiry</source>
        <translation>&amp;Benachrichtigen vor Ablauf</translation>
    </message>
    <message>
        <source>New versions &amp;expire after</source>
        <translation>Neue Versionen laufen ab &amp;nach</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>Richtlinie &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Rotate no&amp;w</source>
        <translation>&amp;Jetzt rotieren</translation>
    </message>
    <message>
        <source>after creation</source>
        <translation>nach der Erstellung</translation>
    </message>
    <message>
        <source>before expiry</source>
        <translation>vor dem Ablauf</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Next three rotation dates</source>
        <translation>Nächste drei Rotationstermine</translation>
    </message>
    <message>
        <source>JSON (Azure&apos;s shape)</source>
        <translation>JSON (im Format von Azure)</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>Kein Schlüssel ausgewählt</translation>
    </message>
    <message>
        <source>Rotation policy of %1</source>
        <translation>Rotationsrichtlinie von %1</translation>
    </message>
    <message>
        <source>Current version %1: created %2, %3.</source>
        <translation>Aktuelle Version %1: erstellt am %2, %3.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>kein Ablaufdatum</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Notification: %1</source>
        <translation>Benachrichtigung: %1</translation>
    </message>
    <message>
        <source>No notification: the current version has no expiry date.</source>
        <translation>Keine Benachrichtigung: Die aktuelle Version hat kein Ablaufdatum.</translation>
    </message>
    <message>
        <source>(The policy is not valid yet; the dates show what it would do.)</source>
        <translation>(Die Richtlinie ist noch nicht gültig; die Termine zeigen, was sie bewirken würde.)</translation>
    </message>
    <message>
        <source>You may not change this key&apos;s rotation policy.</source>
        <translation>Sie dürfen die Rotationsrichtlinie dieses Schlüssels nicht ändern.</translation>
    </message>
    <message>
        <source>Make a new version with new key material now</source>
        <translation>Jetzt eine neue Version mit neuem Schlüsselmaterial erzeugen</translation>
    </message>
    <message>
        <source>You may not rotate this key.</source>
        <translation>Sie dürfen diesen Schlüssel nicht rotieren.</translation>
    </message>
    <message>
        <source>Rotation policy of %1 saved.</source>
        <translation>Rotationsrichtlinie von %1 gespeichert.</translation>
    </message>
    <message>
        <source>The stored policy is shown again.</source>
        <translation>Die gespeicherte Richtlinie wird wieder angezeigt.</translation>
    </message>
    <message>
        <source>%1 rotated: version %2 is current now.</source>
        <translation>%1 rotiert: Version %2 ist jetzt aktuell.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::RotationTimeline</name>
    <message>
        <source>No schedule</source>
        <translation>Kein Zeitplan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Ablauf %1</translation>
    </message>
    <message>
        <source>Notify %1</source>
        <translation>Benachrichtigung %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ScheduleCalendar</name>
    <message>
        <source>Rotation and expiry calendar</source>
        <translation>Rotations- und Ablaufkalender</translation>
    </message>
    <message>
        <source>about %1 days</source>
        <translation>etwa %1 Tage</translation>
    </message>
    <message>
        <source>about %1 months</source>
        <translation>etwa %1 Monate</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>due since %1, not done by %2</source>
        <translation>fällig seit %1, bis %2 nicht erledigt</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>a version a planned rotation makes</source>
        <translation>eine Version, die eine geplante Rotation erzeugt</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>%1, version %2
valid %3 → %4</source>
        <translation>%1, Version %2
gültig %3 → %4</translation>
    </message>
    <message>
        <source>1 object</source>
        <translation>1 Objekt</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Ctrl+wheel or Ctrl++/Ctrl+− zooms, Shift+wheel, dragging or ←/→ pans, Home goes back to now. Click a row or a mark, or press Enter, to open the object.</source>
        <translation>Strg+Mausrad oder Strg++/Strg+− zoomt, Umschalt+Mausrad, Ziehen oder ←/→ verschiebt, Pos1 geht zurück auf jetzt. Klicken Sie auf eine Zeile oder Markierung oder drücken Sie die Eingabetaste, um das Objekt zu öffnen.</translation>
    </message>
    <message>
        <source>No object matches the filter.</source>
        <translation>Kein Objekt passt zum Filter.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 shown · ticks: %2</source>
        <translation>%1 angezeigt · Teilstriche: %2</translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation>Vorschau %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ScopePicker</name>
    <message>
        <source>The &amp;whole vault</source>
        <translation>Der &amp;ganze Tresor</translation>
    </message>
    <message>
        <source>&amp;All objects of a kind:</source>
        <translation>&amp;Alle Objekte einer Art:</translation>
    </message>
    <message>
        <source>&amp;One object:</source>
        <translation>&amp;Ein Objekt:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
</context>
<context>
    <name>coffer::ui::SecretDetailsPane</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Edit attributes…</source>
        <translation>Attribute bearbeiten…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>•••••••• (hidden)</source>
        <translation>•••••••• (verborgen)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>No secret selected</source>
        <translation>Kein Geheimnis ausgewählt</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(binary, %1, hex) </source>
        <translation>(binär, %1, hex) </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Current version.</source>
        <translation>Aktuelle Version.</translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation>Version %1.</translation>
    </message>
    <message>
        <source>Hidden again after %1, or when you select another secret.</source>
        <translation>Wird nach %1 wieder verborgen oder wenn Sie ein anderes Geheimnis auswählen.</translation>
    </message>
    <message>
        <source>Value of %1 revealed</source>
        <translation>Wert von %1 angezeigt</translation>
    </message>
    <message>
        <source>Value of %1 copied; the clipboard is cleared in %2</source>
        <translation>Wert von %1 kopiert; die Zwischenablage wird in %2 geleert</translation>
    </message>
    <message>
        <source>Hidden. Reveal reads the value; it is hidden again after %1.</source>
        <translation>Verborgen. „Anzeigen“ liest den Wert; nach %1 wird er wieder verborgen.</translation>
    </message>
    <message>
        <source>This version is disabled: its value cannot be read.</source>
        <translation>Diese Version ist deaktiviert: Ihr Wert kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Version %1 of %2 enabled</source>
        <translation>Version %1 von %2 aktiviert</translation>
    </message>
    <message>
        <source>Version %1 of %2 disabled</source>
        <translation>Version %1 von %2 deaktiviert</translation>
    </message>
    <message>
        <source>Attributes of %1 version %2 saved</source>
        <translation>Attribute von %1, Version %2 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Who has access…</source>
        <translation>&amp;Wer hat Zugriff…</translation>
    </message>
    <message>
        <source>The principals that may read this secret&apos;s value, and through what</source>
        <translation>Die Prinzipale, die den Wert dieses Geheimnisses lesen dürfen, und wodurch</translation>
    </message>
    <message>
        <source>You may not read this value. %1.</source>
        <translation>Sie dürfen diesen Wert nicht lesen. %1.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::SecretDialog</name>
    <message>
        <source>Create Secret</source>
        <translation>Geheimnis erstellen</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Edit Attributes</source>
        <translation>Attribute bearbeiten</translation>
    </message>
    <message>
        <source>letters, digits and dashes, e.g. db-password</source>
        <translation>Buchstaben, Ziffern und Bindestriche, z. B. db-password</translation>
    </message>
    <message>
        <source>Go to Manage deleted</source>
        <translation>Zu „Gelöschte verwalten“</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>optional, e.g. text/plain or application/x-pem-file</source>
        <translation>optional, z. B. text/plain oder application/x-pem-file</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>Inhalts&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Enabled (a disabled version cannot be read)</source>
        <translation>&amp;Aktiviert (eine deaktivierte Version kann nicht gelesen werden)</translation>
    </message>
    <message>
        <source>Set &amp;activation date</source>
        <translation>Aktivierungs&amp;datum setzen</translation>
    </message>
    <message>
        <source>Not before:</source>
        <translation>Nicht vor:</translation>
    </message>
    <message>
        <source>Set e&amp;xpiration date</source>
        <translation>Ablauf&amp;datum setzen</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Add version</source>
        <translation>Version &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The secret value (any text; several lines allowed)</source>
        <translation>Der geheime Wert (beliebiger Text; mehrere Zeilen erlaubt)</translation>
    </message>
    <message>
        <source>&amp;Show value</source>
        <translation>Wert &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Value from file…</source>
        <translation>Wert aus &amp;Datei…</translation>
    </message>
    <message>
        <source>Type a value instead</source>
        <translation>Stattdessen einen Wert eingeben</translation>
    </message>
    <message>
        <source>&amp;Pre-fill from current version</source>
        <translation>Aus aktueller Version &amp;vorbelegen</translation>
    </message>
    <message>
        <source>Reads the current version&apos;s value into the editor (this reveals it)</source>
        <translation>Liest den Wert der aktuellen Version in den Editor (dies legt ihn offen)</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Edit Attributes — %1</source>
        <translation>Attribute bearbeiten — %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>New Version — %1</source>
        <translation>Neue Version — %1</translation>
    </message>
    <message>
        <source>The new version becomes the current one; older versions stay readable.</source>
        <translation>Die neue Version wird zur aktuellen; ältere Versionen bleiben lesbar.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>✓ %1 is available</source>
        <translation>✓ %1 ist verfügbar</translation>
    </message>
    <message>
        <source>Binary value: %1</source>
        <translation>Binärer Wert: %1</translation>
    </message>
    <message>
        <source>Value from File</source>
        <translation>Wert aus Datei</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file is larger than a secret value can be (%1 MiB).</source>
        <translation>Die Datei ist größer, als ein geheimer Wert sein darf (%1 MiB).</translation>
    </message>
    <message>
        <source>Loaded from %1 (%2)</source>
        <translation>Geladen aus %1 (%2)</translation>
    </message>
    <message>
        <source>Pre-filled from version %1</source>
        <translation>Vorbelegt aus Version %1</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <source>Make a random password or passphrase for the value</source>
        <translation>Ein zufälliges Passwort oder eine Passphrase als Wert erzeugen</translation>
    </message>
</context>
<context>
    <name>coffer::ui::SecretGeneratorEditor</name>
    <message>
        <source>&amp;lower case (a–z)</source>
        <translation>&amp;Kleinbuchstaben (a–z)</translation>
    </message>
    <message>
        <source>&amp;upper case (A–Z)</source>
        <translation>&amp;Großbuchstaben (A–Z)</translation>
    </message>
    <message>
        <source>&amp;digits (0–9)</source>
        <translation>&amp;Ziffern (0–9)</translation>
    </message>
    <message>
        <source>s&amp;ymbols:</source>
        <translation>S&amp;ymbole:</translation>
    </message>
    <message>
        <source>Leave out &amp;ambiguous characters (%1)</source>
        <translation>&amp;Mehrdeutige Zeichen weglassen (%1)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Random bytes</source>
        <translation>Zufallsbytes</translation>
    </message>
    <message>
        <source>Base64 (with padding)</source>
        <translation>Base64 (mit Auffüllung)</translation>
    </message>
    <message>
        <source>Base64url (no padding)</source>
        <translation>Base64url (ohne Auffüllung)</translation>
    </message>
    <message>
        <source>Hex (lower case)</source>
        <translation>Hex (Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>Leng&amp;th (characters):</source>
        <translation>&amp;Länge (Zeichen):</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Zeichen:</translation>
    </message>
    <message>
        <source>Random &amp;bytes:</source>
        <translation>Zufalls&amp;bytes:</translation>
    </message>
    <message>
        <source>Enc&amp;oding:</source>
        <translation>K&amp;odierung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
</context>
<context>
    <name>coffer::ui::SecretRotationPolicyDialog</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Rotate automatically</source>
        <translation>Automatisch &amp;rotieren</translation>
    </message>
    <message>
        <source>&amp;Notify before expiry</source>
        <translation>Vor dem Ablauf be&amp;nachrichtigen</translation>
    </message>
    <message>
        <source>New versions &amp;expire after</source>
        <translation>Neue Versionen laufen ab nac&amp;h</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Neue Werte</translation>
    </message>
    <message>
        <source>&amp;Generate a new value when rotating</source>
        <translation>Beim Rotieren einen neuen &amp;Wert erzeugen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Zeig&amp;en</translation>
    </message>
    <message>
        <source>New sa&amp;mple</source>
        <translation>Neues Beis&amp;piel</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON</source>
        <translation>Als &amp;JSON bearbeiten</translation>
    </message>
    <message>
        <source>Rotation Policy of %1</source>
        <translation>Rotationsrichtlinie von %1</translation>
    </message>
    <message>
        <source>after creation</source>
        <translation>nach der Erstellung</translation>
    </message>
    <message>
        <source>before expiry</source>
        <translation>vor dem Ablauf</translation>
    </message>
    <message>
        <source>A sample of what the generator makes, made in memory for this preview only: never stored or copied. Rotating makes a different value.</source>
        <translation>Ein Beispiel dessen, was der Generator erzeugt, nur für diese Vorschau im Speicher erzeugt: nie gespeichert oder kopiert. Rotieren erzeugt einen anderen Wert.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Next three rotations:</source>
        <translation>Nächste drei Rotationen:</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Rotation policy of %1. Current version %2: created %3, %4.</source>
        <translation>Rotationsrichtlinie von %1. Aktuelle Version %2: erstellt %3, %4.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>kein Ablaufdatum</translation>
    </message>
    <message>
        <source>Rotation policy of %1.</source>
        <translation>Rotationsrichtlinie von %1.</translation>
    </message>
    <message>
        <source>The text is not JSON: %1 (at character %2).</source>
        <translation>Der Text ist kein JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The policy is a JSON object: { … }.</source>
        <translation>Die Richtlinie ist ein JSON-Objekt: { … }.</translation>
    </message>
    <message>
        <source>You may not change this secret&apos;s rotation policy.</source>
        <translation>Sie dürfen die Rotationsrichtlinie dieses Geheimnisses nicht ändern.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Notification: %1</source>
        <translation>Benachrichtigung: %1</translation>
    </message>
    <message>
        <source>No notification: the current version has no expiry date.</source>
        <translation>Keine Benachrichtigung: Die aktuelle Version hat kein Ablaufdatum.</translation>
    </message>
    <message>
        <source>(The policy is not valid yet; the dates show what it would do.)</source>
        <translation>(Die Richtlinie ist noch nicht gültig; die Daten zeigen, was sie tun würde.)</translation>
    </message>
</context>
<context>
    <name>coffer::ui::SecretsPage</name>
    <message>
        <source>Filter (Ctrl+F): name, content type, tag, or enabled, disabled, expired, expiring</source>
        <translation>Filter (Strg+F): Name, Inhaltstyp, Tag oder enabled, disabled, expired, expiring</translation>
    </message>
    <message>
        <source>&amp;Create secret…</source>
        <translation>Geheimnis &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;Neue Version…</translation>
    </message>
    <message>
        <source>&amp;Edit attributes…</source>
        <translation>Attribute &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Reveal value</source>
        <translation>Wert &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Download &amp;backup…</source>
        <translation>&amp;Sicherung herunterladen…</translation>
    </message>
    <message>
        <source>Res&amp;tore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Secret %1 created</source>
        <translation>Geheimnis %1 erstellt</translation>
    </message>
    <message>
        <source>New version of %1 added</source>
        <translation>Neue Version von %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Attributes of %1 saved</source>
        <translation>Attribute von %1 gespeichert</translation>
    </message>
    <message>
        <source>Enable Secret</source>
        <translation>Geheimnis aktivieren</translation>
    </message>
    <message>
        <source>Disable Secret</source>
        <translation>Geheimnis deaktivieren</translation>
    </message>
    <message>
        <source>Secret %1 enabled</source>
        <translation>Geheimnis %1 aktiviert</translation>
    </message>
    <message>
        <source>Secret %1 disabled</source>
        <translation>Geheimnis %1 deaktiviert</translation>
    </message>
    <message>
        <source>Delete the secret %1?</source>
        <translation>Das Geheimnis %1 löschen?</translation>
    </message>
    <message>
        <source>Deleting is soft: the secret and all its versions move to Manage deleted, where they can be recovered for %1 (until %2). Then they are purged for good. Meanwhile the name cannot be reused.</source>
        <translation>Das Löschen ist vorläufig: Das Geheimnis und alle seine Versionen wandern nach „Gelöschte verwalten“, wo sie %1 lang (bis %2) wiederhergestellt werden können. Danach werden sie endgültig gelöscht. Bis dahin kann der Name nicht wiederverwendet werden.</translation>
    </message>
    <message>
        <source>Purge protection is on: nobody can purge it before that date.</source>
        <translation>Der Löschschutz ist aktiv: Niemand kann es vor diesem Datum endgültig löschen.</translation>
    </message>
    <message>
        <source>Delete Secret</source>
        <translation>Geheimnis löschen</translation>
    </message>
    <message>
        <source>Secret %1 deleted (recoverable until %2)</source>
        <translation>Geheimnis %1 gelöscht (wiederherstellbar bis %2)</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Secret %1 recovered</source>
        <translation>Geheimnis %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Download Backup</source>
        <translation>Sicherung herunterladen</translation>
    </message>
    <message>
        <source>Download Backup of %1</source>
        <translation>Sicherung von %1 herunterladen</translation>
    </message>
    <message>
        <source>Coffer backups (*%1)</source>
        <translation>Coffer-Sicherungen (*%1)</translation>
    </message>
    <message>
        <source>Backup of %1 saved to %2</source>
        <translation>Sicherung von %1 gespeichert unter %2</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Coffer backups (*%1);;All files (*)</source>
        <translation>Coffer-Sicherungen (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Secret %1 restored from backup</source>
        <translation>Geheimnis %1 aus der Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>You may not list all secrets of this vault (%1). Shown are the secrets shared with you.</source>
        <translation>Sie dürfen nicht alle Geheimnisse dieses Tresors auflisten (%1). Angezeigt werden die Geheimnisse, die für Sie freigegeben sind.</translation>
    </message>
    <message>
        <source>Rotation &amp;policy…</source>
        <translation>Rotations&amp;richtlinie…</translation>
    </message>
    <message>
        <source>When the secret rotates or notifies, and how new values are generated</source>
        <translation>Wann das Geheimnis rotiert oder benachrichtigt und wie neue Werte erzeugt werden</translation>
    </message>
    <message>
        <source>R&amp;otate now…</source>
        <translation>Jetzt r&amp;otieren…</translation>
    </message>
    <message>
        <source>Make a new version with a generated value now</source>
        <translation>Jetzt eine neue Version mit einem erzeugten Wert erstellen</translation>
    </message>
    <message>
        <source>Rotation policy of %1 saved</source>
        <translation>Rotationsrichtlinie von %1 gespeichert</translation>
    </message>
    <message>
        <source>Rotate the secret %1 now?</source>
        <translation>Das Geheimnis %1 jetzt rotieren?</translation>
    </message>
    <message>
        <source>A new version is made with a new value generated as its rotation policy says, and becomes the current version. Older versions stay and can still be read. Programs that use this secret get the new value the next time they read it; a service that checks the value itself (a database password) must be changed to match.</source>
        <translation>Eine neue Version mit einem neuen Wert, erzeugt wie in der Rotationsrichtlinie angegeben, wird erstellt und zur aktuellen Version. Ältere Versionen bleiben erhalten und können weiterhin gelesen werden. Programme, die dieses Geheimnis verwenden, erhalten den neuen Wert beim nächsten Lesen; ein Dienst, der den Wert selbst prüft (ein Datenbankpasswort), muss passend geändert werden.</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Geheimnis rotieren</translation>
    </message>
    <message>
        <source>Secret %1 rotated: version %2 is now current</source>
        <translation>Geheimnis %1 rotiert: Version %2 ist jetzt aktuell</translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation>Geheimnisse filtern</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
</context>
<context>
    <name>coffer::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Lock after idle time:</source>
        <translation>&amp;Sperren nach Leerlauf:</translation>
    </message>
    <message>
        <source>All vaults lock when there was no keyboard or mouse input in Coffer for this long. 0 turns auto-lock off.</source>
        <translation>Alle Tresore werden gesperrt, wenn so lange keine Tastatur- oder Mauseingabe in Coffer erfolgt ist. 0 schaltet die automatische Sperre aus.</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>Zwischenablage &amp;leeren nach:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>A new language applies when Coffer is started again.</source>
        <translation>Eine neue Sprache gilt nach dem nächsten Start von Coffer.</translation>
    </message>
    <message>
        <source>Run due rotations, renewals and notices &amp;while the console is open</source>
        <translation>Fällige Rotationen, Erneuerungen und Hinweise ausführen, &amp;während die Konsole offen ist</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>New vaults &amp;keep deleted items for:</source>
        <translation>Neue Tresore &amp;behalten Gelöschtes:</translation>
    </message>
    <message>
        <source>What the New Vault wizard proposes (7 to 90 days); each vault&apos;s retention is fixed when it is created.</source>
        <translation>Was der Assistent „Neuer Tresor“ vorschlägt (7 bis 90 Tage); die Aufbewahrung jedes Tresors wird beim Anlegen festgelegt.</translation>
    </message>
    <message>
        <source>&amp;Time-shift preview up to:</source>
        <translation>&amp;Zeitvorschau bis:</translation>
    </message>
    <message>
        <source>Each action runs as the vault&apos;s system principal and is audited. Without this, run them with coffer-cli rotate --due on a timer.</source>
        <translation>Jede Aktion läuft als Systemprinzipal des Tresors und wird protokolliert. Ohne diese Einstellung führen Sie sie mit coffer-cli rotate --due per Timer aus.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
</context>
<context>
    <name>coffer::ui::TagsEditor</name>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Tag-Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 of %2 tags</source>
        <translation>%1 von %2 Tags</translation>
    </message>
    <message>
        <source>Tag %1 has no name.</source>
        <translation>Tag %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>The tag name %1 appears twice.</source>
        <translation>Der Tag-Name %1 kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>coffer::ui::UnlockDialog</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>OS &amp;keychain</source>
        <translation>Schlüssel&amp;bund des Systems</translation>
    </message>
    <message>
        <source>Deriving the vault key; this takes a moment…</source>
        <translation>Der Tresorschlüssel wird abgeleitet; das dauert einen Moment…</translation>
    </message>
    <message>
        <source>Unlock Vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>Unlock with:</source>
        <translation>Entsperren mit:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Enter the vault passphrase:</source>
        <translation>Geben Sie die Passphrase des Tresors ein:</translation>
    </message>
    <message>
        <source>Enter the recovery key you saved when the vault was created:</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Erstellen des Tresors gespeichert haben:</translation>
    </message>
    <message>
        <source>Upper or lower case; dashes and spaces are optional.</source>
        <translation>Groß- oder Kleinschreibung; Bindestriche und Leerzeichen sind optional.</translation>
    </message>
    <message>
        <source>Coffer reads this vault&apos;s key from the OS keychain of your session. The keychain may ask you to allow it.</source>
        <translation>Coffer liest den Schlüssel dieses Tresors aus dem Schlüsselbund Ihrer Sitzung. Der Schlüsselbund fragt eventuell nach Ihrer Zustimmung.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation>&amp;Anmelden als:</translation>
    </message>
    <message>
        <source>Each user of this vault has a passphrase keyslot of their own. Choosing yours runs only its key derivation; you then act with your own permissions.</source>
        <translation>Jeder Benutzer dieses Tresors hat einen eigenen Passphrase-Schlüsselplatz. Wenn Sie Ihren wählen, läuft nur dessen Schlüsselableitung; Sie handeln dann mit Ihren eigenen Berechtigungen.</translation>
    </message>
    <message>
        <source>Passphrase keyslot %1</source>
        <translation>Passphrase-Schlüsselplatz %1</translation>
    </message>
    <message>
        <source>Any passphrase (tries each keyslot)</source>
        <translation>Beliebige Passphrase (probiert jeden Schlüsselplatz)</translation>
    </message>
</context>
<context>
    <name>coffer::ui::VaultWorkspace</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Manage deleted</source>
        <translation>Gelöschte verwalten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The vault was changed by another program; the lists were refreshed.</source>
        <translation>Der Tresor wurde von einem anderen Programm geändert; die Listen wurden aktualisiert.</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>Zugriffssteuerung</translation>
    </message>
    <message>
        <source>Your roles in %1:</source>
        <translation>Ihre Rollen in %1:</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Rotation &amp; expiry</source>
        <translation>Rotation &amp; Ablauf</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>coffer::ui::WhoHasAccessDialog</name>
    <message>
        <source>Who Has Access to %1</source>
        <translation>Wer hat Zugriff auf %1</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>%1, on %2. Principals allowed: %3.</source>
        <translation>%1, für %2. Berechtigte Prinzipale: %3.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::WidgetUtil</name>
    <message>
        <source>Show the text</source>
        <translation>Text anzeigen</translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation>Text verbergen</translation>
    </message>
</context>
</TS>
