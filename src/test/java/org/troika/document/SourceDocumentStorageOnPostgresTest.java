package org.troika.document;

import org.troika.support.OnPostgres;

@OnPostgres
class SourceDocumentStorageOnPostgresTest extends SourceDocumentStorageContract {
}
