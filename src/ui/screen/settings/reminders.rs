//! The reminders part of settings: "Remind me to pause" at chosen times or
//! every so many minutes, on chosen days, each offering an exercise. What
//! the person types is kept as typed until it makes a rule.

use chrono::Weekday;
use iced::widget::{button, column, container, pick_list, row, text, text_input, Column, Row};
use iced::{Alignment, Element, Length};

use crate::i18n::dates;
use crate::reminders::{Days, Rule, TimeOfDay, When};
use crate::t;
use crate::ui::theme::{self, Sizes};
use crate::ui::widget::focus;
use crate::ui::widget::focus::Reachable;

/// One rule as it is being typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    every: bool,
    times: String,
    minutes: String,
    from: String,
    until: String,
    days: Days,
    offer: String,
    problem: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Every(bool),
    Times(String),
    Minutes(String),
    From(String),
    Until(String),
    Day(Weekday, bool),
    Offer(String),
}

impl Draft {
    pub fn of(rule: &Rule) -> Draft {
        let (every, times, minutes, from, until) = match &rule.when {
            When::At(times) => (
                false,
                times
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                "90".to_owned(),
                "09:00".to_owned(),
                "17:00".to_owned(),
            ),
            When::Every {
                minutes,
                from,
                until,
            } => (
                true,
                "11:00, 15:00".to_owned(),
                minutes.to_string(),
                from.to_string(),
                until.to_string(),
            ),
        };
        Draft {
            every,
            times,
            minutes,
            from,
            until,
            days: rule.days,
            offer: rule.offer.clone(),
            problem: rule.problem(),
        }
    }

    /// Applies an edit; the rule it now makes, if it makes one.
    pub fn edit(&mut self, edit: Edit) -> Option<Rule> {
        match edit {
            Edit::Every(every) => self.every = every,
            Edit::Times(times) => self.times = times,
            Edit::Minutes(minutes) => self.minutes = minutes,
            Edit::From(from) => self.from = from,
            Edit::Until(until) => self.until = until,
            Edit::Day(day, on) => self.days = self.days.with(day, on),
            Edit::Offer(offer) => self.offer = offer,
        }
        let rule = self.rule();
        self.problem = match &rule {
            Ok(rule) => rule.problem(),
            Err(problem) => Some(problem.clone()),
        };
        rule.ok()
    }

    /// The rule the fields make, or why they make none.
    fn rule(&self) -> Result<Rule, String> {
        let when = if self.every {
            let minutes = self
                .minutes
                .trim()
                .parse::<u16>()
                .map_err(|_| t!("rule-not-minutes", text = self.minutes.trim()))?;
            When::Every {
                minutes,
                from: self.from.trim().parse::<TimeOfDay>()?,
                until: self.until.trim().parse::<TimeOfDay>()?,
            }
        } else {
            let times = self
                .times
                .split([',', ' ', ';'])
                .filter(|part| !part.is_empty())
                .map(str::parse::<TimeOfDay>)
                .collect::<Result<Vec<_>, _>>()?;
            When::At(times)
        };
        Ok(Rule {
            when,
            days: self.days,
            offer: self.offer.clone(),
        })
    }

    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        offers: &[(String, String)],
        sizes: Sizes,
        on_edit: impl Fn(Edit) -> M + 'a + Clone,
        remove: M,
    ) -> Element<'a, M> {
        let edit = on_edit.clone();
        let choice = |label: &'static str, chosen: bool, message: M| {
            button(text(label).size(sizes.small()))
                .padding([4, 12])
                .style(if chosen {
                    theme::main_button
                } else {
                    theme::soft_button
                })
                .on_activate(message)
        };
        let mode = row![
            choice(t!("rule-at-times"), !self.every, edit(Edit::Every(false))),
            choice(t!("rule-every-few"), self.every, edit(Edit::Every(true))),
        ]
        .spacing(6);
        let field = |value: &'a str, placeholder: &'static str, make: fn(String) -> Edit| {
            let edit = on_edit.clone();
            text_input(placeholder, value)
                .on_input(move |typed| edit(make(typed)))
                .size(sizes.body())
                .padding(6)
                .style(crate::ui::theme::field)
        };
        let when: Element<'a, M> = if self.every {
            row![
                text(t!("rule-every")).size(sizes.body()),
                field(&self.minutes, "90", Edit::Minutes).width(Length::Fixed(sizes.body() * 4.0)),
                text(t!("rule-minutes-from")).size(sizes.body()),
                field(&self.from, "09:00", Edit::From).width(Length::Fixed(sizes.body() * 4.5)),
                text(t!("rule-to")).size(sizes.body()),
                field(&self.until, "17:00", Edit::Until).width(Length::Fixed(sizes.body() * 4.5)),
            ]
            .spacing(8)
            .align_y(Alignment::Center)
            .wrap()
            .into()
        } else {
            column![
                text(t!("rule-times")).size(sizes.small()),
                field(&self.times, "11:00, 15:00", Edit::Times),
            ]
            .spacing(4)
            .into()
        };
        let language = crate::i18n::language();
        let week = dates::week_days(crate::i18n::first_weekday());
        let days = Row::with_children(week.into_iter().map(|day| {
            let on = self.days.contains(day);
            let name = dates::weekday_short(language, day);
            choice(name, on, on_edit(Edit::Day(day, !on)))
        }))
        .spacing(4)
        .wrap();
        let titles: Vec<String> = offers.iter().map(|(_, title)| title.clone()).collect();
        let chosen = offers
            .iter()
            .find(|(id, _)| *id == self.offer)
            .map(|(_, title)| title.clone());
        let pick = {
            let edit = on_edit.clone();
            let offers = offers.to_vec();
            let choose = move |title: String| {
                let id = offers
                    .iter()
                    .find(|(_, known)| *known == title)
                    .map_or_else(String::new, |(id, _)| id.clone());
                edit(Edit::Offer(id))
            };
            focus::choose(
                pick_list(titles.clone(), chosen.clone(), choose.clone()).text_size(sizes.body()),
                &titles,
                chosen.as_ref(),
                choose,
            )
        };
        let mut content = Column::new()
            .spacing(8)
            .push(mode)
            .push(when)
            .push(days)
            .push(
                row![text(t!("rule-offer")).size(sizes.body()), pick]
                    .spacing(8)
                    .align_y(Alignment::Center),
            );
        if let Some(problem) = &self.problem {
            content = content.push(
                text(problem.clone())
                    .size(sizes.small())
                    .style(text::danger),
            );
        }
        content = content.push(
            button(text(t!("rule-remove")).size(sizes.small()))
                .style(button::text)
                .on_activate(remove),
        );
        container(content)
            .padding(12)
            .width(Length::Fill)
            .style(container::rounded_box)
            .into()
    }
}
