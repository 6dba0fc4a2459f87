//! HTTPS for the sim: loading a certificate chain and key from PEM files, and (feature
//! `test-pki`, on by default) [`TestPki`], a throwaway CA with server certificates made at test
//! time, so that no private key is ever committed.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::ServerConfig;
use tokio_rustls::TlsAcceptor;

/// A server certificate chain and its private key, as PEM files: what `--tls-cert` and
/// `--tls-key` name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TlsFiles {
    /// The server certificate first, then any intermediates.
    pub cert: PathBuf,
    /// The private key of the server certificate (PKCS#8, PKCS#1 or SEC1).
    pub key: PathBuf,
}

impl TlsFiles {
    pub fn new(cert: impl Into<PathBuf>, key: impl Into<PathBuf>) -> Self {
        TlsFiles {
            cert: cert.into(),
            key: key.into(),
        }
    }

    /// Reads both files and builds the acceptor. A missing file, a file without a certificate or
    /// a key, or a key that does not fit the certificate is an `InvalidData` or `NotFound` error
    /// that names the file.
    pub fn acceptor(&self) -> io::Result<TlsAcceptor> {
        let cert_pem = read(&self.cert)?;
        let certs = CertificateDer::pem_slice_iter(&cert_pem)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| invalid(&self.cert, &format!("not a PEM certificate chain: {e}")))?;
        if certs.is_empty() {
            return Err(invalid(&self.cert, "holds no certificate"));
        }
        let key_pem = read(&self.key)?;
        let key = PrivateKeyDer::from_pem_slice(&key_pem)
            .map_err(|e| invalid(&self.key, &format!("holds no usable private key: {e}")))?;
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut config = ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(io::Error::other)?
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .map_err(|e| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "{} and {} do not make a usable certificate and key: {e}",
                        self.cert.display(),
                        self.key.display()
                    ),
                )
            })?;
        // The sim speaks HTTP/1.1 only.
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(TlsAcceptor::from(Arc::new(config)))
    }
}

fn read(path: &Path) -> io::Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

fn invalid(path: &Path, why: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("{}: {why}", path.display()),
    )
}

#[cfg(feature = "test-pki")]
pub use pki::{TestPki, SERVER_NAMES, WRONG_NAME};

#[cfg(feature = "test-pki")]
mod pki {
    use std::io;
    use std::path::{Path, PathBuf};

    use rcgen::{
        date_time_ymd, BasicConstraints, CertificateParams, CertifiedIssuer, DnType,
        ExtendedKeyUsagePurpose, IsCa, KeyPair, KeyUsagePurpose,
    };

    use super::TlsFiles;

    /// A throwaway certificate authority in a temporary folder, and server certificates signed by
    /// it. The folder and every key in it are removed when this is dropped; a sim reads its files
    /// when it starts, so it may outlive this.
    ///
    /// ```no_run
    /// # async fn f() -> std::io::Result<()> {
    /// let pki = webitel_sim::tls::TestPki::new()?;
    /// let sim = webitel_sim::spawn_https(
    ///     "127.0.0.1:0".parse().unwrap(),
    ///     webitel_sim::SimConfig::default(),
    ///     &pki.server()?,
    /// )
    /// .await?;
    /// // sim.base_url() is https://127.0.0.1:PORT; trust pki.ca_pem() to reach it.
    /// # Ok(()) }
    /// ```
    pub struct TestPki {
        dir: tempfile::TempDir,
        ca: CertifiedIssuer<'static, KeyPair>,
        ca_pem: String,
        ca_path: PathBuf,
    }

    impl std::fmt::Debug for TestPki {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_struct("TestPki")
                .field("dir", &self.dir.path())
                .finish_non_exhaustive()
        }
    }

    /// The names a good server certificate is issued for: what a test client dials.
    pub const SERVER_NAMES: [&str; 2] = ["127.0.0.1", "localhost"];

    /// The name of the certificate for the wrong host.
    pub const WRONG_NAME: &str = "engine.other.example";

    impl TestPki {
        /// Makes a new CA (ECDSA P-256, self-signed, with a name no other `TestPki` shares) and
        /// writes its certificate to `ca.pem`.
        pub fn new() -> io::Result<Self> {
            let dir = tempfile::Builder::new()
                .prefix("webitel-sim-pki")
                .tempdir()?;
            let mut params = CertificateParams::default();
            params.distinguished_name = rcgen::DistinguishedName::new();
            // A name of its own: two test CAs with one name would look like one CA whose
            // signature is wrong, rather than an authority the client does not know.
            params.distinguished_name.push(
                DnType::CommonName,
                format!("webitel-sim test CA {:08x}", fastrand::u32(..)),
            );
            params
                .distinguished_name
                .push(DnType::OrganizationName, "Webitel Hooks tests");
            params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
            params.key_usages = vec![
                KeyUsagePurpose::KeyCertSign,
                KeyUsagePurpose::CrlSign,
                KeyUsagePurpose::DigitalSignature,
            ];
            let key = KeyPair::generate().map_err(pki_error)?;
            let ca = CertifiedIssuer::self_signed(params, key).map_err(pki_error)?;
            let ca_pem = ca.pem();
            let ca_path = dir.path().join("ca.pem");
            std::fs::write(&ca_path, &ca_pem)?;
            Ok(TestPki {
                dir,
                ca,
                ca_pem,
                ca_path,
            })
        }

        /// The CA certificate, PEM: what a client adds to its roots to trust the sim.
        pub fn ca_pem(&self) -> &str {
            &self.ca_pem
        }

        /// The CA certificate's file (`ca.pem` in [`TestPki::dir`]).
        pub fn ca_path(&self) -> &Path {
            &self.ca_path
        }

        /// The temporary folder that holds every file.
        pub fn dir(&self) -> &Path {
            self.dir.path()
        }

        /// A good server certificate for `127.0.0.1` and `localhost`, valid now, signed by the CA:
        /// files `server.pem` and `server.key`.
        pub fn server(&self) -> io::Result<TlsFiles> {
            self.issue("server", &SERVER_NAMES, false)
        }

        /// Like [`TestPki::server`], but it expired long ago (valid during 2020 only): files
        /// `expired.pem` and `expired.key`.
        pub fn expired_server(&self) -> io::Result<TlsFiles> {
            self.issue("expired", &SERVER_NAMES, true)
        }

        /// A certificate valid now and signed by the CA, but for [`WRONG_NAME`] only, not for
        /// the address a client dials: files `wrong-name.pem` and `wrong-name.key`.
        pub fn wrong_name_server(&self) -> io::Result<TlsFiles> {
            self.issue("wrong-name", &[WRONG_NAME], false)
        }

        fn issue(&self, stem: &str, names: &[&str], expired: bool) -> io::Result<TlsFiles> {
            let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
            let mut params = CertificateParams::new(names).map_err(pki_error)?;
            params.distinguished_name = rcgen::DistinguishedName::new();
            params
                .distinguished_name
                .push(DnType::CommonName, format!("webitel-sim {stem}"));
            params.is_ca = IsCa::ExplicitNoCa;
            params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
            params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
            params.use_authority_key_identifier_extension = true;
            if expired {
                params.not_before = date_time_ymd(2020, 1, 1);
                params.not_after = date_time_ymd(2021, 1, 1);
            }
            let key = KeyPair::generate().map_err(pki_error)?;
            let cert = params.signed_by(&key, &self.ca).map_err(pki_error)?;
            let files = TlsFiles::new(
                self.dir.path().join(format!("{stem}.pem")),
                self.dir.path().join(format!("{stem}.key")),
            );
            std::fs::write(&files.cert, cert.pem())?;
            std::fs::write(&files.key, key.serialize_pem())?;
            Ok(files)
        }
    }

    fn pki_error(e: rcgen::Error) -> io::Error {
        io::Error::other(format!("making a test certificate failed: {e}"))
    }
}
