//! The stylesheets: Trunk's one file per `style/*.css`, joined into a shared sheet and one
//! per part of the site, their custom properties under short names (`css_names`). A page blocks its first paint only on the rules it uses
//! (README, "Offline, readable first": the figures against one joined sheet); the boot module loads the other parts' rules
//! once the app runs, before a reader can move there in place: one sheet, not one a part,
//! because a slow phone opens six connections to a site, and the words of the pages the
//! navigation links to are fetched at the same moment (with three sheets, two of those
//! waited a whole round trip, 560 ms on Slow 4G).

use std::io;

use crying_explainer::model::route::{Route, Section};

use crate::css_names::ShortNames;
use crate::files::{Built, Staging};

/// Each sheet in `style/`, in cascade order (as `index.html` lists them: a test below
/// checks), with the part of the site it belongs to; `None` is shared by every page.
const SHEETS: [(&str, Option<Part>); 12] = [
    ("tokens", None),
    ("base", None),
    ("shell", None),
    ("support", None),
    ("home", Some(Part::Home)),
    ("evidence", None),
    ("toasts", None),
    ("embed", None),
    ("tears", Some(Part::Section(Section::Tears))),
    ("tear-figures", Some(Part::Section(Section::Tears))),
    ("quiz", Some(Part::Section(Section::Reflect))),
    ("flow", Some(Part::Section(Section::Flow))),
];

/// A part of the site with rules of its own.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Home,
    Section(Section),
}

impl Part {
    const ALL: [Part; 4] = [
        Part::Home,
        Part::Section(Section::Tears),
        Part::Section(Section::Reflect),
        Part::Section(Section::Flow),
    ];

    fn name(self) -> &'static str {
        match self {
            Part::Home => "home",
            Part::Section(section) => section.slug(),
        }
    }

    /// The part a screen's page paints first ("Embed this" uses only shared rules).
    fn of(route: Route) -> Option<Part> {
        match (route, route.section()) {
            (Route::Home, _) => Some(Part::Home),
            (_, Some(section)) => Some(Part::Section(section)),
            _ => None,
        }
    }
}

/// The joined sheets.
pub struct Sheets {
    pub shared: Built,
    parts: Vec<(Part, Built)>,
    /// For the pages of each part (`None`: the pages of no part), every other part's rules.
    later: Vec<(Option<Part>, Built)>,
}

impl Sheets {
    /// Joins Trunk's sheets and removes them. Fails if the build holds a sheet this list
    /// does not place, so a new `style/` file cannot be silently left out.
    pub fn join(staging: &Staging) -> io::Result<Sheets> {
        let mut files = Vec::new();
        for (name, part) in SHEETS {
            files.push((staging.hashed(name, ".css")?, part));
        }
        let built = staging.top_files()?;
        if let Some(stray) = built
            .iter()
            .find(|f| f.ends_with(".css") && !files.iter().any(|(known, _)| known == *f))
        {
            return Err(io::Error::other(format!(
                "{stray} is not in the prerender's list of sheets (src/bin/prerender/sheets.rs)"
            )));
        }
        let mut sheets = Vec::new();
        for (file, _) in &files {
            sheets.push(staging.read(file)?);
        }
        let names = ShortNames::plan(&sheets)?;
        // The scripts are staged by now (the pre-paint ones under their built names).
        for script in built.iter().filter(|f| f.ends_with(".js")) {
            names.refuse_renamed(script, &staging.read(script)?)?;
        }
        // The sheets whose part passes `wanted`, joined in cascade order.
        let join = |name: &str, wanted: &dyn Fn(Option<Part>) -> bool| -> io::Result<Built> {
            let css: Vec<&str> = files
                .iter()
                .zip(&sheets)
                .filter(|((_, p), _)| wanted(*p))
                .map(|(_, css)| css.as_str())
                .collect();
            staging.write_hashed(name, "css", &names.apply(&css.join("\n")))
        };
        let shared = join("app", &|p| p.is_none())?;
        let mut parts = Vec::new();
        for part in Part::ALL {
            parts.push((
                part,
                join(&format!("app-{}", part.name()), &|p| p == Some(part))?,
            ));
        }
        let mut later = Vec::new();
        for own in Part::ALL.map(Some).into_iter().chain([None]) {
            let name = format!("app-later-{}", own.map_or("all", Part::name));
            later.push((own, join(&name, &|p| p.is_some() && p != own)?));
        }
        for (file, _) in &files {
            staging.remove(file)?;
        }
        Ok(Sheets {
            shared,
            parts,
            later,
        })
    }

    /// The sheet `route`'s page needs before its first paint, if any.
    pub fn own(&self, route: Route) -> Option<&Built> {
        let part = Part::of(route)?;
        self.parts.iter().find(|(p, _)| *p == part).map(|(_, b)| b)
    }

    /// The other parts' rules in one sheet, for the boot module to load once the app runs.
    pub fn later(&self, route: Route) -> &Built {
        let own = Part::of(route);
        let found = self.later.iter().find(|(p, _)| *p == own);
        &found.expect("a later sheet for every part and for none").1
    }
}

#[cfg(test)]
mod tests {
    use super::SHEETS;

    /// `trunk serve` joins the sheets in `index.html`'s order and the release build in
    /// `SHEETS`' order: a rule that wins in one would lose in the other. The build already
    /// refuses a sheet missing from either list; this refuses a different order.
    #[test]
    fn the_sheets_cascade_in_index_htmls_order() {
        let index = include_str!("../../../index.html");
        let listed: Vec<&str> = index
            .split("href=\"style/")
            .skip(1)
            .filter_map(|rest| rest.split_once(".css\"").map(|(name, _)| name))
            .collect();
        let ours: Vec<&str> = SHEETS.iter().map(|(name, _)| *name).collect();
        assert_eq!(
            listed, ours,
            "index.html and SHEETS list the sheets in another order"
        );
    }
}
