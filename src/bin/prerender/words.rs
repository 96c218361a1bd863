//! The site's words as data: a few files of bundles (what the app fetches before it shows
//! a page of another part of the site, and what the service worker precaches), and in
//! each page a data block with the bundles that page needs, so its first load asks for
//! nothing more.

use std::collections::BTreeMap;
use std::io;

use crying_explainer::site_map::phrases::{phrases, Phrases};
use crying_explainer::site_map::words::{
    file_name, first_wave, needs, Bundle, WordsFile, BLOCK_ID,
};
use crying_explainer::site_map::{row, Page};
use serde_json::Value;

use crate::files::{version_of, Staging};

/// Every bundle's phrases, and the version their files were written under.
pub struct Words {
    phrases: BTreeMap<Bundle, Phrases>,
    version: String,
}

/// The phrases as the app reads them (`web::words`): their words in key order, each
/// taking the key after the one before, and a number before any that does not, its key:
/// `[0, "Skip to content", "Menu", 7, "…"]`. Keys are numbered in the order the content
/// writes its phrases, so a page's come mostly in runs, and most need no key written.
fn as_data<'a>(phrases: impl IntoIterator<Item = (&'a u32, &'a String)>) -> Value {
    let mut data = Vec::new();
    let mut next = None;
    for (&key, words) in phrases {
        if next != Some(key) {
            data.push(Value::from(key));
        }
        data.push(Value::from(words.as_str()));
        next = key.checked_add(1);
    }
    Value::Array(data)
}

impl Words {
    /// Reads every bundle's phrases from the content and writes each [`WordsFile`], all
    /// named with one version: a digest of every file's words. One version, not a digest
    /// a file, so that a page's data names the files with one value; a change of any words
    /// renames every file, which is a few KB once, in the background.
    pub fn write(staging: &Staging) -> io::Result<Words> {
        let mut phrases_of = BTreeMap::new();
        for bundle in Bundle::ALL {
            phrases_of.insert(bundle, phrases(bundle).map_err(io::Error::other)?);
        }
        let files: Vec<_> = WordsFile::ALL
            .into_iter()
            .map(|file| {
                let held: Phrases = file
                    .bundles()
                    .iter()
                    .flat_map(|bundle| phrases_of[bundle].clone())
                    .collect();
                (file, as_data(&held).to_string())
            })
            .collect();
        let all: String = files.iter().map(|(_, json)| json.as_str()).collect();
        let version = version_of(all.as_bytes());
        for (file, json) in files {
            staging.write(&file_name(file, &version), &json)?;
        }
        Ok(Words {
            phrases: phrases_of,
            version,
        })
    }

    /// The data block of `page`: the bundles it shows (`b`) and their phrases (`w`), and
    /// the version of every bundle's file (`v`), for the pages a reader moves to.
    pub fn data_block(&self, page: Page) -> String {
        let wanted = needs(row(page.route).words);
        let words: Phrases = wanted
            .iter()
            .flat_map(|bundle| self.phrases[bundle].clone())
            .collect();
        let names: Vec<Value> = wanted.iter().map(|b| Value::from(b.name())).collect();
        let data = serde_json::json!({ "b": names, "v": self.version, "w": as_data(&words) });
        crate::document::json_block(BLOCK_ID, &data)
    }

    /// The files of the words `page` preloads for the pages a reader may move to next
    /// ([`first_wave`]), from the site's folder.
    pub fn first_wave_files(&self, page: Page) -> Vec<String> {
        first_wave(page.route)
            .into_iter()
            .map(|file| file_name(file, &self.version))
            .collect()
    }
}
