//! The staged build Trunk hands over: finding its files, naming new ones by their content,
//! and their integrity values.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use base64::Engine;
use sha2::{Digest, Sha256};

/// A file written into the build, as pages name it.
pub struct Built {
    /// Its name in the site's folder, e.g. `app-0123456789abcdef.css`.
    pub file: String,
    /// Its subresource integrity value.
    pub integrity: String,
}

/// The folder Trunk is building in (`TRUNK_STAGING_DIR`), soon `dist/`.
pub struct Staging {
    dir: PathBuf,
}

impl Staging {
    /// The staged build in `dir`.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// Where the file `name` (relative to the site's folder, with `/`) is on disk.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// The one top-level file Trunk named `{stem}-{hash}{suffix}` (the hash is up to 16
    /// hex digits: Trunk leaves out leading zeros).
    pub fn hashed(&self, stem: &str, suffix: &str) -> io::Result<String> {
        let found: Vec<String> = self
            .top_files()?
            .into_iter()
            .filter(|name| {
                name.strip_prefix(stem)
                    .and_then(|rest| rest.strip_prefix('-'))
                    .and_then(|rest| rest.strip_suffix(suffix))
                    .is_some_and(|hash| {
                        (1..=16).contains(&hash.len())
                            && hash.bytes().all(|b| b.is_ascii_hexdigit())
                    })
            })
            .collect();
        match found.as_slice() {
            [one] => Ok(one.clone()),
            _ => Err(io::Error::other(format!(
                "expected one {stem}-<hash>{suffix} in the build, found {found:?}"
            ))),
        }
    }

    /// The names of the files (not folders) in the site's folder itself.
    pub fn top_files(&self) -> io::Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in fs::read_dir(&self.dir)? {
            let entry = entry?;
            if entry.file_type()?.is_file() {
                names.push(entry.file_name().to_string_lossy().into_owned());
            }
        }
        names.sort();
        Ok(names)
    }

    /// Every file below the site's folder, as paths relative to it with `/`, sorted.
    pub fn all_files(&self) -> io::Result<Vec<String>> {
        fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> io::Result<()> {
            for entry in fs::read_dir(dir)? {
                let entry = entry?;
                let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
                if entry.file_type()?.is_dir() {
                    walk(&entry.path(), &format!("{name}/"), out)?;
                } else {
                    out.push(name);
                }
            }
            Ok(())
        }
        let mut out = Vec::new();
        walk(&self.dir, "", &mut out)?;
        out.sort();
        Ok(out)
    }

    /// The text of the file `name`; an error names the file.
    pub fn read(&self, name: &str) -> io::Result<String> {
        fs::read_to_string(self.path(name))
            .map_err(|e| io::Error::new(e.kind(), format!("{name}: {e}")))
    }

    /// Writes the file `name`, making its folders.
    pub fn write(&self, name: &str, data: &str) -> io::Result<()> {
        let path = self.path(name);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        fs::write(path, data)
    }

    /// Removes the file `name` (one the build replaced with its own).
    pub fn remove(&self, name: &str) -> io::Result<()> {
        fs::remove_file(self.path(name))
    }

    /// Writes `data` as `{name}-{hash}.{ext}`, named by its content like Trunk's own files,
    /// so a changed file is never served from an old cache.
    pub fn write_hashed(&self, name: &str, ext: &str, data: &str) -> io::Result<Built> {
        let built = Built {
            file: hashed_name(name, ext, data.as_bytes()),
            integrity: integrity(data.as_bytes()),
        };
        self.write(&built.file, data)?;
        Ok(built)
    }

    /// An existing file's integrity value.
    pub fn built(&self, file: &str) -> io::Result<Built> {
        let data = fs::read(self.path(file))?;
        Ok(Built {
            file: file.to_owned(),
            integrity: integrity(&data),
        })
    }

    /// A digest of every file's name and bytes, for the service worker's version.
    pub fn digest(&self, files: &[String]) -> io::Result<String> {
        let mut hash = Sha256::new();
        for file in files {
            hash.update(file.as_bytes());
            hash.update(fs::read(self.path(file))?);
        }
        Ok(hex(&hash.finalize())[..12].to_owned())
    }
}

/// `name-0123456789.ext`: the first 10 hex digits of the content's SHA-256. Ten are
/// plenty to tell a handful of files' versions apart, and each page names seven or eight
/// of these files, where hex digits do not compress.
pub fn hashed_name(name: &str, ext: &str, data: &[u8]) -> String {
    format!("{name}-{}.{ext}", version_of(data))
}

/// The 10 hex digits that name a version of `data` in a file's name.
pub fn version_of(data: &[u8]) -> String {
    hex(&Sha256::digest(data))[..10].to_owned()
}

/// The subresource integrity value of `data`. SHA-256, the strongest every browser
/// accepts that is also the shortest: each value is 20 characters shorter than SHA-384's,
/// and as digests never compress, that is about 15 bytes off every page's first load per
/// value (five or six a page).
pub fn integrity(data: &[u8]) -> String {
    let digest = Sha256::digest(data);
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
