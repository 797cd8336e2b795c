-- A pre-release "version 0" book (the prototype schema), used to test migrations to version 1.
PRAGMA application_id = 1129532759;
PRAGMA user_version = 0;
CREATE TABLE accounts (id TEXT PRIMARY KEY, name TEXT NOT NULL, seats INTEGER, arr INTEGER, created TEXT);
CREATE TABLE contracts (id TEXT PRIMARY KEY, account_id TEXT REFERENCES accounts (id), start TEXT, term INTEGER,
                        notice INTEGER, arr INTEGER);
CREATE TABLE touches (id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts (id), day TEXT NOT NULL,
                      kind TEXT NOT NULL, note TEXT, sentiment INTEGER);
INSERT INTO accounts VALUES ('00000000-0000-7000-8000-000000000001', 'Acme', 25, 1200000, '2024-01-05T09:00:00.000Z');
INSERT INTO accounts VALUES ('00000000-0000-7000-8000-000000000002', '株式会社テスト', 10, 300000, NULL);
INSERT INTO contracts VALUES ('00000000-0000-7000-8000-000000000011', '00000000-0000-7000-8000-000000000001',
                              '2024-04-01', 12, 60, 1200000);
INSERT INTO touches VALUES ('00000000-0000-7000-8000-000000000021', '00000000-0000-7000-8000-000000000001',
                            '2025-05-20', 'call', 'Kickoff call', 1);
INSERT INTO touches VALUES ('00000000-0000-7000-8000-000000000022', '00000000-0000-7000-8000-000000000002',
                            '2025-05-21', 'email', 'Sent the plan', NULL);
