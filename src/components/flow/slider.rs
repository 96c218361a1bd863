//! A labelled range slider with its value shown beside the label.

use yew::prelude::*;

use crate::content::text::Text;

use crate::content::flow as text;

/// A native range input (arrow keys, Page Up/Down, Home/End, touch and mouse all work)
/// with element `id`, a `label`, the level `value` (`0..=LEVEL_MAX`), calling `on_change`
/// with the new level as the reader moves it.
pub fn level_slider(id: &'static str, label: Text, value: u8, on_change: Callback<u8>) -> Html {
    let on_input = {
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<u8>() {
                on_change.emit(v.min(text::LEVEL_MAX));
            }
        })
    };
    let value_text = text::level_text(value);
    html! {
        <div class="flow-slider">
            <div class="flow-slider__top">
                <label class="flow-slider__label" for={id}>{ label }</label>
                <span class="flow-slider__value">{ value_text.clone() }</span>
            </div>
            <input class="flow-slider__input" type="range" id={id} min="0"
                max={text::LEVEL_MAX.to_string()} step="1" value={value.to_string()}
                aria-valuetext={value_text} oninput={on_input} />
        </div>
    }
}
