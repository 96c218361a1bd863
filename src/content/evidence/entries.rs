//! The evidence entries, one per claim. Their words travel with the pages that show them
//! (see `site_map::words::shown_evidence`), not in a bundle of their own: a page carries
//! the notes it shows, not every one.

use super::{Evidence, Strength};
use crate::record;

pub const KINDS_DIFFER: Evidence = record!(Evidence {
    id: "kinds",
    claim: "There are different kinds of tears, and they are set off by different things.",
    strength: Strength::WellSupported,
    summary:
        "Scientists name three kinds. Basal tears keep your eyes wet all the time. Reflex tears \
         wash out things like onion gas or dust. Emotional tears come with strong feelings.",
    citation: "Reviewed in Vingerhoets & Bylsma (2016), Emotion Review (PMC6402489).",
});

pub const CONTENT_DIFFERS: Evidence = record!(Evidence {
    id: "protein",
    claim: "Emotional tears are made differently from onion tears.",
    strength: Strength::Mixed,
    summary: "One study in 1981 tested women's tears. It found about a quarter more protein in \
         emotional tears than in onion tears, but the same kinds of protein.",
    citation: "Frey et al. (1981), American Journal of Ophthalmology 92(4):559-567 (PMID 7294117).",
});

pub const STRESS_HORMONES: Evidence = record!(Evidence {
    id: "hormones",
    claim: "Emotional tears carry more stress hormones, such as ACTH, and leu-enkephalin, a \
            natural painkiller.",
    strength: Strength::Hypothesis,
    summary: "This idea comes from one lab and a book from 1985. We found no study that \
              measured these hormones in both kinds of tears side by side.",
    citation: "Frey (1985), Crying: The Mystery of Tears.",
});

pub const TOXINS_RELEASED: Evidence = record!(Evidence {
    id: "toxins",
    claim: "Crying washes stress hormones and toxins out of the body, and that is why it brings relief.",
    strength: Strength::Hypothesis,
    summary: "No study shows tears taking toxins out of the body in amounts that matter. The \
              hormones that leave in tears are tiny next to what the body makes. One study measured \
              the stress hormone cortisol in 197 people. It was the same in people who cried and \
              people who did not.",
    citation: "Sharman et al. (2020), Emotion (doi 10.1037/emo0000633).",
});

pub const MOOD: Evidence = record!(Evidence {
    id: "mood",
    claim: "Crying lifts your mood and eases distress.",
    strength: Strength::Mixed,
    summary: "It varies a lot. In daily life, one study followed 1,004 cries by 97 women. Mood \
         was better after about one cry in three. It was the same after most, and worse after \
         a few. In a lab study, 28 people cried at a sad film. On average, their mood dipped \
         just after. It was back where it started after about 20 minutes, and a little better \
         at 90 minutes. A survey asked over 5,000 students in 35 countries. Relief was more likely with someone supportive there, and less likely \
         with shame. People differ in what helps.",
    citation: "Bylsma et al. (2011), Journal of Research in Personality 45(4):385-392 \
               (doi 10.1016/j.jrp.2011.04.007); Gračanin et al. (2015), Motivation and Emotion \
               (doi 10.1007/s11031-015-9507-9); Bylsma, Vingerhoets & Rottenberg (2008), Journal \
               of Social and Clinical Psychology 27(10):1165-1187.",
});

pub const SOOTHING: Evidence = record!(Evidence {
    id: "soothing",
    claim: "Crying can soothe the person who cries.",
    strength: Strength::Mixed,
    summary: "Some researchers think crying may help the body settle after stress. There is some \
              support for this, but it is still being studied.",
    citation: "Gračanin, Bylsma & Vingerhoets (2014), Frontiers in Psychology 5:502.",
});

pub const SIGNAL: Evidence = record!(Evidence {
    id: "signal",
    claim: "Tears are a signal: they show others that we need support.",
    strength: Strength::WellSupported,
    summary: "This is the best supported reason we cry. Tears tell people around us that we may \
              need support, and they often respond with care.",
    citation: "Vingerhoets & Bylsma (2016), Emotion Review (PMC6402489).",
});

pub const BODY_KNOWS: Evidence = record!(Evidence {
    id: "body-knows",
    claim: "Your body often knows before your mind does: tears can be a sign that something \
            needs attention.",
    strength: Strength::ArticleView,
    summary: "We found no study that tests this. Research on tears as a signal is about what \
              tears show other people.",
    citation: "The article's own view; no study to cite.",
});

pub const QI_FLOW: Evidence = record!(Evidence {
    id: "qi",
    claim: "In Traditional Chinese Medicine, blocked energy (Qi) causes illness, and crying lets stuck energy out.",
    strength: Strength::Metaphor,
    summary: "Qi is part of an old way to picture health, not a fact about the body. No one \
              can measure it. Research on a nearby idea: people who often hold their feelings \
              in tend to feel worse. These studies ask people about themselves, so they cannot \
              show cause and effect.",
    citation: "Gross & John (2003), Journal of Personality and Social Psychology 85:348-362; \
               Bylsma, Vingerhoets & Rottenberg (2008), Journal of Social and Clinical \
               Psychology 27(10):1165-1187.",
});

pub const NOT_WEAKNESS: Evidence = record!(Evidence {
    id: "normal",
    claim: "Crying is not a weakness. The article calls it universal, and says therapists \
            welcome it.",
    strength: Strength::WellSupported,
    summary: "Crying is common and normal. People cry in every culture. But it is not universal. \
              People differ a lot in how often they cry. Some rarely or never cry, and some cannot, \
              for example with dry eyes or some medicines. Not crying is fine too. Guidance for \
              counsellors treats crying as a normal part of therapy.",
    citation: "On crying across people and cultures: Vingerhoets & Bylsma (2016), Emotion Review \
               (PMC6402489). On therapy: counsellors' professional guidance, not a study.",
});

pub const REFLEX_PATH: Evidence = record!(Evidence {
    id: "reflex-path",
    claim: "Reflex tears start when something bothers the eye. A nerve carries the message, and \
            the tear gland washes the eye.",
    strength: Strength::WellSupported,
    summary: "This is basic eye science. A nerve at the front of the eye senses things like onion \
              gas or dust. The message goes to the brainstem, the base of the brain. From there \
              a nerve to the tear gland tells it to make a rush of tears.",
    citation: "Reviewed in Vingerhoets & Bylsma (2016), Emotion Review (PMC6402489).",
});

pub const EMOTIONAL_PATH: Evidence = record!(Evidence {
    id: "emotional-path",
    claim: "Emotional tears start with a feeling. The brain's feeling centres send a message to \
            the tear gland.",
    strength: Strength::Mixed,
    summary: "This is the best account we have, but it is not settled. Areas deep in the brain \
              that handle feelings send a message to the brainstem. From there it goes to the \
              tear gland along the same nerve that reflex tears use. Just how a feeling turns \
              into tears is still being worked out.",
    citation: "Reviewed in Vingerhoets & Bylsma (2016), Emotion Review (PMC6402489).",
});

pub const BOND: Evidence = record!(Evidence {
    id: "bond",
    claim: "Crying in front of your therapist shows trust, and it can make the bond between you stronger.",
    strength: Strength::Mixed,
    summary: "Few studies look at crying in therapy itself, so this claim is less sure. A large \
              survey found that relief after crying was more likely when someone supportive was \
              there. That is an average, and people differ. Not crying is no sign of less trust: \
              therapy works without tears.",
    citation: "Vingerhoets & Bylsma (2016), Emotion Review (PMC6402489); Bylsma, Vingerhoets & \
               Rottenberg (2008), Journal of Social and Clinical Psychology 27(10):1165-1187.",
});

pub const WITNESS: Evidence = record!(Evidence {
    id: "witness",
    claim: "Your therapist becomes not only a guide but a compassionate witness: someone who \
            sees what you go through, with care.",
    strength: Strength::ArticleView,
    summary: "This is the article's picture of the bond with a therapist. It is not something a \
              study can measure.",
    citation: "Kelly, Crying in the therapy room, Counselling Directory.",
});

pub const HOLDING_BACK: Evidence = record!(Evidence {
    id: "holding-back",
    claim: "Holding feelings in can make things harder, and letting tears come can bring relief.",
    strength: Strength::Mixed,
    summary:
        "People who often hold their feelings in tend to feel worse overall. But these studies \
              ask people about themselves, so they cannot show cause and effect. In a large \
              survey, people said crying brought relief less often when they had tried to hold \
              their tears back. That is an average, and people differ.",
    citation:
        "Gross & John (2003), Journal of Personality and Social Psychology 85:348-362; Bylsma, \
         Vingerhoets & Rottenberg (2008), Journal of Social and Clinical Psychology \
         27(10):1165-1187.",
});

/// Every entry, for tests that check each is complete.
pub const ALL: &[&Evidence] = &[
    &KINDS_DIFFER,
    &CONTENT_DIFFERS,
    &STRESS_HORMONES,
    &TOXINS_RELEASED,
    &MOOD,
    &SOOTHING,
    &SIGNAL,
    &BODY_KNOWS,
    &QI_FLOW,
    &NOT_WEAKNESS,
    &REFLEX_PATH,
    &EMOTIONAL_PATH,
    &BOND,
    &WITNESS,
    &HOLDING_BACK,
];
