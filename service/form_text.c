#include "form_text.h"

#include <string.h>

static const struct form_text form_dutch = {
	.code = "nl",
	.title = "Checklist Gecoördineerde Actie",
	.switch_to = "English",
	.switch_code = "en",
	.welcome = "Welkom",
	.welcome_intro = "U bent uitgenodigd om de checklist in te vullen voor",
	.welcome_round = "Ronde:",
	.welcome_time = "Het zijn 26 korte vragen in 6 delen. Het kost ongeveer 10 minuten.",
	.welcome_private = "Niemand anders ziet uw antwoorden. De groep bespreekt alleen de "
			   "uitkomsten van iedereen samen.",
	.until = "U kunt uw antwoorden aanpassen tot",
	.start = "Beginnen",
	.part_of = "Deel",
	.of = "van",
	.dont_know = "Weet ik niet",
	.next = "Volgende",
	.previous = "Vorige",
	.save = "Opslaan",
	.to_review = "Naar het overzicht",
	.saved = "Uw antwoorden zijn opgeslagen. U kunt later verder via dezelfde link.",
	.review = "Overzicht",
	.review_intro = "Kijk of alles klopt. Daarna verstuurt u uw antwoorden.",
	.all_answered = "U hebt alle vragen beantwoord.",
	.not_answered = "Deze vragen hebt u nog niet beantwoord. Dat mag, maar u kunt ze ook "
			"nog invullen:",
	.change = "Naar deel",
	.comment = "Opmerking",
	.comment_hint = "Mag leeg blijven.",
	.send = "Versturen",
	.thanks = "Bedankt!",
	.thanks_text = "Uw antwoorden zijn opgeslagen.",
	.error_summary = "Er klopt iets niet. Kijk bij de vraag hieronder.",
	.error_choose = "Kies een van de antwoorden.",
	.error_number = "Vul een heel getal in van 0 tot en met 100.",
	.questions = "Vragen?",
	.ask_coordinator = "Vraag het de coördinator van",
	.used_title = "Deze link is al gebruikt",
	.used_text = "Elke link werkt maar één keer. Vraag om een nieuwe link.",
	.unknown_title = "Deze link werkt niet",
	.unknown_text = "Misschien is de link niet helemaal overgenomen. Vraag om een nieuwe "
			"link.",
	.closed_title = "Deze ronde is gesloten",
	.closed_text = "U kunt niets meer invullen of aanpassen. Bedankt voor uw belangstelling.",
	.early_title = "Deze ronde is nog niet begonnen",
	.early_text = "Probeer het later nog eens met dezelfde link.",
	.session_title = "U bent niet meer aangemeld",
	.session_text = "Open de link uit uw uitnodiging. Werkt die niet meer, vraag dan om een "
			"nieuwe link.",
	.forgery_title = "Dit formulier is verlopen",
	.forgery_text = "Open de vragenlijst opnieuw en probeer het nog eens.",
	.percent_hint = "Een getal van 0 (helemaal niet) tot en met 100 (helemaal).",
	.invite_title = "Uitnodiging",
	.invite_for = "Voor:",
	.invite_asks = "vraagt u om de Checklist Gecoördineerde Actie in te vullen: 26 korte "
		       "vragen over de samenwerking, in ongeveer 10 minuten.",
	.invite_round = "Ronde:",
	.invite_until = "U kunt meedoen tot en met",
	.invite_scan = "Scan de QR-code met de camera van uw telefoon, of typ dit adres over:",
	.invite_once = "Deze link is alleen voor u en werkt één keer. Niemand anders ziet uw "
		       "antwoorden.",
	.invite_qr = "QR-code met uw persoonlijke link",
};

static const struct form_text form_english = {
	.code = "en",
	.title = "Coordinated Action Checklist",
	.switch_to = "Nederlands",
	.switch_code = "nl",
	.welcome = "Welcome",
	.welcome_intro = "You are invited to fill in the checklist for",
	.welcome_round = "Round:",
	.welcome_time = "There are 26 short questions in 6 parts. It takes about 10 minutes.",
	.welcome_private = "Nobody else sees your answers. The group only discusses the results "
			   "of everyone together.",
	.until = "You can change your answers until",
	.start = "Start",
	.part_of = "Part",
	.of = "of",
	.dont_know = "Don't know",
	.next = "Next",
	.previous = "Previous",
	.save = "Save",
	.to_review = "To the overview",
	.saved = "Your answers are saved. You can carry on later through the same link.",
	.review = "Overview",
	.review_intro = "Check that all is right. Then send your answers.",
	.all_answered = "You have answered every question.",
	.not_answered = "You have not answered these questions yet. That is allowed, but you can "
			"still fill them in:",
	.change = "To part",
	.comment = "Comment",
	.comment_hint = "You may leave this empty.",
	.send = "Send",
	.thanks = "Thank you!",
	.thanks_text = "Your answers are saved.",
	.error_summary = "Something is not right. Look at the question below.",
	.error_choose = "Choose one of the answers.",
	.error_number = "Fill in a whole number from 0 to 100.",
	.questions = "Questions?",
	.ask_coordinator = "Ask the coordinator of",
	.used_title = "This link was already used",
	.used_text = "Each link works only once. Ask for a new link.",
	.unknown_title = "This link does not work",
	.unknown_text = "Perhaps the link was not copied in full. Ask for a new link.",
	.closed_title = "This round is closed",
	.closed_text = "You can no longer fill in or change anything. Thank you for your interest.",
	.early_title = "This round has not started yet",
	.early_text = "Try again later with the same link.",
	.session_title = "You are no longer signed in",
	.session_text = "Open the link in your invitation. If it no longer works, ask for a new "
			"link.",
	.forgery_title = "This form has expired",
	.forgery_text = "Open the questionnaire again and try once more.",
	.percent_hint = "A number from 0 (not at all) to 100 (completely).",
	.invite_title = "Invitation",
	.invite_for = "For:",
	.invite_asks = "asks you to fill in the Coordinated Action Checklist: 26 short questions "
		       "about the collaboration, in about 10 minutes.",
	.invite_round = "Round:",
	.invite_until = "You can take part until",
	.invite_scan = "Scan the QR code with your phone's camera, or type in this address:",
	.invite_once = "This link is for you only and works once. Nobody else sees your answers.",
	.invite_qr = "QR code with your personal link",
};

const struct form_text *form_text(enum form_language language)
{
	return language == FORM_ENGLISH ? &form_english : &form_dutch;
}

enum form_language form_language_of(const char *code)
{
	return code != NULL && strcmp(code, "en") == 0 ? FORM_ENGLISH : FORM_DUTCH;
}
