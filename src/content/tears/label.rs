//! Labels drawn inside the walkthrough's illustrations: short, and shared by the
//! pictures of every step, so every walkthrough page carries them.

use crate::content::text::Text;
use crate::t;

pub const TEAR_GLAND: Text = t!("Tear gland");
pub const TEAR_DUCT: Text = t!("Tear duct");
pub const BASAL: Text = t!("Basal");
pub const REFLEX: Text = t!("Reflex");
pub const EMOTIONAL: Text = t!("Emotional");
pub const BRAIN: Text = t!("Feeling centres");
pub const GLAND_NERVE: Text = t!("Gland nerve");
pub const PROTEIN: Text = t!("Protein");
pub const ACTH: Text = t!("ACTH");
pub const LEU_ENK: Text = t!("Leu-enkephalin");
pub const NOT_COMPARED: Text = t!("? not compared");
pub const REFLEX_VALUE: Text = t!("100");
pub const EMOTIONAL_VALUE: Text = t!("about 124");
pub const MOOD_BETTER: Text = t!("Better");
pub const MOOD_WORSE: Text = t!("Worse");
pub const USUAL: Text = t!("mood before");
pub const BEFORE: Text = t!("Before");
pub const JUST_AFTER: Text = t!("Just after");
pub const MIN_20: Text = t!("20 min");
pub const MIN_90: Text = t!("90 min");
pub const YOU: Text = t!("You");
pub const THERAPIST: Text = t!("Therapist");
// The explorable figures' labels.
pub const ALL_DAY: Text = t!("All day");
pub const DUST: Text = t!("Dust or gas");
pub const ONION_GAS: Text = t!("Onion gas");
pub const STRONG_FEELING: Text = t!("A strong feeling");
pub const SURFACE_NERVE: Text = t!("Surface nerve");
pub const BRAINSTEM: Text = t!("Brainstem");
pub const SADNESS: Text = t!("Sadness");
pub const RELIEF: Text = t!("Relief");
pub const JOY: Text = t!("Joy");
pub const MEASURED: Text = t!("measured in 1981");
pub const ARTICLE_SAYS_MORE: Text = t!("Article says: more");
/// At the end of a claimed bar: the article gives no amount.
pub const NO_AMOUNT: Text = t!("?");
pub const HELD_BACK: Text = t!("Held back");
pub const SUPPORT: Text = t!("Support");
