#!/usr/bin/env bash
# Start a throwaway Dovecot IMAP server for the mail-sync tests, on loopback only:
#   127.0.0.1:31143  plain IMAP (plaintext login allowed: loopback only)
#   127.0.0.1:31993  IMAP over TLS with a self-signed certificate made at start (the bad-certificate case)
# Any user name logs in with the password "secondround-test" (a static passdb), so each test takes
# its own user and its own mailbox; the wrong password is refused like on a real server.
# Its own config, mail and sockets live under $SECONDROUND_TEST_IMAP_DIR (default /tmp/secondround-test-imap).
set -euo pipefail
PORT="${SECONDROUND_TEST_IMAP_PORT:-31143}"
TLS_PORT="${SECONDROUND_TEST_IMAPS_PORT:-31993}"
DIR="${SECONDROUND_TEST_IMAP_DIR:-/tmp/secondround-test-imap}"
DOVECOT=$(command -v dovecot || ls /usr/sbin/dovecot 2>/dev/null || true)
[ -n "$DOVECOT" ] || { echo "start-test-imap: Dovecot is not installed (apt-get install dovecot-imapd)" >&2; exit 1; }
OPENSSL=$(command -v openssl || true)
[ -n "$OPENSSL" ] || { echo "start-test-imap: openssl is not installed (apt-get install openssl)" >&2; exit 1; }

if [ -f "$DIR/run/master.pid" ] && kill -0 "$(cat "$DIR/run/master.pid")" 2>/dev/null; then
  echo "Dovecot already running on 127.0.0.1:$PORT (TLS $TLS_PORT)"
  exit 0
fi

mkdir -p "$DIR/run" "$DIR/mail"
if [ "$(id -u)" = 0 ]; then
  # Dovecot never runs mail processes as root: mail belongs to the package's own `dovecot` user.
  LOGIN_USER=dovenull; INTERNAL_USER=dovecot
  MAIL_UID=$(id -u dovecot); MAIL_GID=$(id -g dovecot)
  chown "$MAIL_UID:$MAIL_GID" "$DIR/mail"
else
  LOGIN_USER=$(id -un); INTERNAL_USER=$(id -un)
  MAIL_UID=$(id -u); MAIL_GID=$(id -g)
fi

# A fresh self-signed certificate each start, for localhost and 127.0.0.1, valid two days.
"$OPENSSL" req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$DIR/key.pem" -out "$DIR/cert.pem" >/dev/null 2>&1
chmod 600 "$DIR/key.pem"

cat >"$DIR/dovecot.conf" <<EOF
base_dir = $DIR/run
state_dir = $DIR/state
log_path = $DIR/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <$DIR/cert.pem
ssl_key = <$DIR/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = $LOGIN_USER
default_internal_user = $INTERNAL_USER
first_valid_uid = $MAIL_UID
last_valid_uid = $MAIL_UID
first_valid_gid = $MAIL_GID
mail_location = maildir:$DIR/mail/%n
passdb {
  driver = static
  args = password=secondround-test
}
userdb {
  driver = static
  args = uid=$MAIL_UID gid=$MAIL_GID home=$DIR/mail/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $TLS_PORT
    ssl = yes
  }
}
# No authentication penalty: Dovecot otherwise delays every login from an address after a failed
# one (2 s, doubling up to 15 s). Every test logs in from 127.0.0.1, so each wrong-password case
# slowed the next logins of every test on the machine by seconds, more as more ran at once.
service anvil {
  chroot =
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service imap-login {
  chroot =
}
EOF
mkdir -p "$DIR/state"
"$DOVECOT" -c "$DIR/dovecot.conf" || { tail -n 20 "$DIR/dovecot.log" >&2 2>/dev/null; exit 1; }
for _ in $(seq 1 50); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "Dovecot started on 127.0.0.1:$PORT (TLS $TLS_PORT, certificate $DIR/cert.pem)"
    exit 0
  fi
  sleep 0.1
done
echo "start-test-imap: Dovecot did not answer on 127.0.0.1:$PORT" >&2
tail -n 20 "$DIR/dovecot.log" >&2 2>/dev/null || true
exit 1
