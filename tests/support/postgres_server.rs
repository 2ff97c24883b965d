//! A throwaway PostgreSQL server for the integration tests (`tests/postgres.rs`,
//! `tests/http_rows.rs`): `initdb` + `pg_ctl` in a temp dir, on a free loopback port,
//! stopped and deleted when dropped (or, if the test process dies, by a watchdog shell).
//! A test that finds no server binaries skips, unless `MANAGED_STREAM_REQUIRE_POSTGRES=1`
//! makes that a failure (CI). Each test includes it with
//! `#[path = "support/postgres_server.rs"] mod postgres_server;`.

use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{SystemTime, UNIX_EPOCH};
use std::{env, fs};

/// Set to `1` to make missing PostgreSQL binaries a failure instead of a skip (CI).
const REQUIRE: &str = "MANAGED_STREAM_REQUIRE_POSTGRES";

/// A server in a temp dir, stopped and deleted on drop.
pub struct Server {
    pub port: u16,
    bin: PathBuf,
    dir: PathBuf,
    /// Run the server's commands as the `postgres` user: it refuses to run as root.
    as_postgres: bool,
}

/// Starts a server; `None` (the test skips) when PostgreSQL is not installed.
pub fn start_or_skip() -> Option<Server> {
    let Some(bin) = find_bin_dir() else {
        let hint = "no PostgreSQL server binaries (initdb, pg_ctl) in PATH or \
                    /usr/lib/postgresql/<version>/bin; install them, e.g. \
                    `apt-get install postgresql` (see the README's PostgreSQL section)";
        if env::var(REQUIRE).is_ok_and(|value| value == "1") {
            panic!("{REQUIRE}=1 but {hint}");
        }
        eprintln!("SKIPPED tests/{}.rs: {hint}", env!("CARGO_CRATE_NAME"));
        return None;
    };
    Some(Server::start(bin).unwrap_or_else(|error| panic!("starting PostgreSQL: {error}")))
}

/// `initdb` and `pg_ctl` from PATH, else Debian's newest versioned directory.
fn find_bin_dir() -> Option<PathBuf> {
    let has_tools = |dir: &Path| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file();
    if let Some(dir) =
        env::var_os("PATH").and_then(|path| env::split_paths(&path).find(|dir| has_tools(dir)))
    {
        return Some(dir);
    }
    let mut versions: Vec<(u32, PathBuf)> = fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            has_tools(&bin).then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

impl Server {
    fn start(bin: PathBuf) -> Result<Server, String> {
        let as_postgres = output(Command::new("id").arg("-u"))?.trim() == "0";
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let dir = env::temp_dir().join(format!("managed-stream-pg-{}-{nanos}", std::process::id()));
        fs::create_dir(&dir).map_err(|error| format!("creating {}: {error}", dir.display()))?;
        let mut server = Server {
            port: 0,
            bin,
            dir,
            as_postgres,
        };
        server.spawn_watchdog()?;
        if as_postgres {
            let owner = Command::new("chown")
                .arg("postgres:postgres")
                .arg(&server.dir)
                .output();
            check(
                owner,
                "chown postgres (running as root, and PostgreSQL refuses root)",
            )?;
        }
        // A cluster that trusts local connections, as the `postgres` superuser, and
        // skips fsync: it is thrown away at the end.
        let data = server.dir.join("data");
        let data = data.to_str().ok_or("temp dir is not UTF-8")?;
        let mut initdb = vec!["-D", data];
        initdb.extend("-U postgres -A trust -E UTF8 --locale=C --no-sync".split(' '));
        server.pg("initdb", &initdb)?;
        let settings = format!(
            "\nlisten_addresses = '127.0.0.1'\n\
             unix_socket_directories = '{}'\n\
             max_connections = 150\n\
             fsync = off\nfull_page_writes = off\nsynchronous_commit = off\n",
            server.dir.display()
        );
        let conf = server.dir.join("data/postgresql.conf");
        let append = fs::OpenOptions::new().append(true).open(&conf);
        append
            .and_then(|mut conf| conf.write_all(settings.as_bytes()))
            .map_err(|error| format!("{}: {error}", conf.display()))?;
        let log = server.dir.join("server.log");
        let log = log.to_str().ok_or("temp dir is not UTF-8")?.to_owned();
        // A free port can be taken between our check and the server's bind: retry.
        let mut last_error = String::new();
        for _ in 0..5 {
            server.port = free_port()?;
            let port = format!("-p {}", server.port);
            let start = [
                "-D", data, "-l", &log, "-o", &port, "-w", "-t", "60", "start",
            ];
            match server.pg("pg_ctl", &start) {
                Ok(_) => return Ok(server),
                Err(error) => {
                    let log = fs::read_to_string(&log).unwrap_or_default();
                    last_error = format!("{error}\nserver log:\n{log}");
                }
            }
        }
        Err(last_error)
    }

    /// Starts a shell that stops the server and deletes its dir once this process
    /// is gone, in case it dies without dropping `Server` (killed, or Ctrl-C).
    fn spawn_watchdog(&self) -> Result<(), String> {
        let (pg_ctl, data) = (self.bin.join("pg_ctl"), self.dir.join("data"));
        let quoted = [&pg_ctl, &data, &self.dir].map(|path| format!("'{}'", path.display()));
        if quoted.iter().any(|path| path.matches('\'').count() != 2) {
            return Err("the temp dir or the PostgreSQL path contains a quote".into());
        }
        let [pg_ctl, data, dir] = quoted;
        let user = if self.as_postgres {
            "PATH=$PATH:/usr/sbin:/sbin runuser -u postgres -- "
        } else {
            ""
        };
        let pid = std::process::id();
        let script = format!(
            "trap '' INT HUP TERM; while kill -0 {pid} 2>/dev/null; do sleep 1; done; \
             {user}{pg_ctl} -D {data} -m immediate stop; rm -rf {dir}"
        );
        let null = std::process::Stdio::null;
        Command::new("sh")
            .args(["-c", &script])
            .stdin(null())
            .stdout(null())
            .stderr(null())
            .spawn()
            .map(drop)
            .map_err(|error| format!("starting the watchdog shell: {error}"))
    }

    /// Runs one of PostgreSQL's commands, as `postgres` when we are root.
    fn pg(&self, tool: &str, args: &[&str]) -> Result<String, String> {
        let tool = self.bin.join(tool);
        let mut command = if self.as_postgres {
            // util-linux's `runuser`, in /usr/sbin: not always in a user's PATH.
            let runuser = ["/usr/sbin/runuser", "/sbin/runuser"]
                .into_iter()
                .find(|path| Path::new(path).is_file())
                .unwrap_or("runuser");
            let mut command = Command::new(runuser);
            command.args(["-u", "postgres", "--"]).arg(&tool);
            command
        } else {
            Command::new(&tool)
        };
        output(command.args(args).current_dir(&self.dir))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let data = self.dir.join("data");
        if let Some(data) = data.to_str() {
            let _ = self.pg("pg_ctl", &["-D", data, "-m", "immediate", "-w", "stop"]);
        }
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|error| error.to_string())?;
    Ok(listener
        .local_addr()
        .map_err(|error| error.to_string())?
        .port())
}

fn output(command: &mut Command) -> Result<String, String> {
    let what = format!("{command:?}");
    check(command.output(), &what)
}

fn check(output: std::io::Result<Output>, what: &str) -> Result<String, String> {
    let output = output.map_err(|error| format!("{what}: {error}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!("{what}: {}\n{stderr}", output.status));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
