-- Test only: the "next version" that `make docker-test` builds adds this
-- migration, to show that a rebuilt image applies new migrations at start
-- on the database the previous one left in the volume. Never in sql/.
CREATE TABLE docker_upgrade_check (note text NOT NULL);
INSERT INTO docker_upgrade_check VALUES ('applied by the upgraded image');
