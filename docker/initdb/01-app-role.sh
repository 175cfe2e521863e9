#!/bin/sh
# Creates the role the application connects as: it owns nothing and cannot bypass row-level
# security. The schema owner (POSTGRES_USER) runs the migrations and grants it DML rights.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v app_password="$ASCENT_DB_PASSWORD" <<'EOSQL'
CREATE ROLE ascent_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
EOSQL
