package org.troika.ingest;

import org.troika.support.OnPostgres;

@OnPostgres
class ImportTransactionOnPostgresTest extends ImportTransactionContract {
}
