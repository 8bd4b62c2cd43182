"""Fresh wordings of a denial, a hedge and a question: does the reading of cues hold on wordings it was not built on?

``probes.py`` puts each sentence in one of a fixed set of wordings, which the rules were built against. These
forty-seven sets were written later, each before the change it was then used to confirm, and are applied to other
sentences (the 250 after the 150 that ``probes.py`` takes). Each set's history is in its comment: which set a change was
designed on and which confirmed it. Once a set has prompted a change it is no longer blind; the next set is.

    python tests/matching/wordings.py            # as expected, per set and kind
    python tests/matching/wordings.py --each     # ... and per wording
"""

from __future__ import annotations

import sys
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.matching.probes import Probe, _lower_first, default_folders, run, sentences_from  # noqa: E402

KINDS = ("source denies", "source hedges", "source asks")

# Set 1: written after the rules of 2026-12-05; designed on (predicates.py, no basis for the claim, the question
# is if, an inverted condition).
SET_1 = (
    ("The minister flatly denied that {}.", "Claims that {} have since been debunked.",
     "The spokesman insisted it was false that {}.", "Allegations that {} turned out to be wrong.",
     "Police said reports that {} were inaccurate.", "The agency denied that {}.",
     "Officials have repeatedly rejected suggestions that {}.", "It is a myth that {}.",
     "Fact-checkers found no basis for the claim that {}.", "The report said it was wrong to suggest that {}."),
    ("It is possible that {}.", "Some analysts speculate that {}.", "There were rumours that {}.",
     "It may be that {}.", "Officials could not confirm that {}.",
     "Unverified posts on social media suggested that {}.",
     "If {}, officials will have to act.", "It is unclear if {}.", "Investigators are trying to establish whether {}.",
     "Whether {} is still under investigation.", "Perhaps {}.", "It is conceivable that {}."),
    ("Many are asking whether {}.", "The inquiry will examine whether {}.",
     "Journalists asked the minister whether {}.", "The key question is if {}.", "Could it be that {}?",
     "Observers questioned whether {}.", "Nobody yet knows whether {}.", "The board will decide whether {}."),
)
# Set 2: written before any change of set 1; confirmed set 1's changes, then designed on (nouns of falsity, 'it
# could be that', 'though this is unproven', 'dismissed as nonsense the idea that').
SET_2 = (
    ("The claim that {} is false.", "Government sources dismissed as nonsense the idea that {}.",
     "The company strongly denies that {}.", "An investigation found that it was untrue that {}.",
     "Earlier reports that {} were mistaken.", "It is a misconception that {}.",
     "There is no foundation to the allegation that {}.", "The suggestion that {} is a fabrication.",
     "The ministry disputed reports that {}.", "It would be misleading to say that {}.",
     "Nothing supports the rumour that {}.", "Officials said there was no evidence whatsoever that {}."),
    ("It is plausible that {}.", "There is speculation that {}.", "It is likely that {}.",
     "It could be that {}.", "There is no proof that {}.", "It is probable that {}.",
     "Should it turn out that {}, the law would change.", "Unless {}, nothing will change.",
     "It is not yet clear whether {}.", "Some commentators have suggested that {}, though this is unproven.",
     "Officials would not say whether {}.", "It is too soon to know if {}."),
    ("The court must determine whether {}.", "Nobody has established whether {}.", "Is it the case that {}?",
     "Experts are divided over whether {}.", "The panel is looking into whether {}.", "Voters want to know if {}.",
     "The real issue is whether {}.", "Analysts are debating whether {}."),
)
# Set 3: written before set 2's changes; confirmed them, then designed on (what a report or a claim holds).
SET_3 = (
    ("Officials categorically denied that {}.", "The notion that {} is simply untrue.",
     "The government branded as false reports that {}.", "Investigators have ruled out that {}.",
     "It has been shown to be false that {}.", "The rumour that {} is a lie, the mayor said.",
     "Sources close to the family rejected the idea that {}.", "The agency called claims that {} baseless.",
     "There is nothing to the claim that {}.", "Police have debunked the story that {}."),
    ("Maybe {}.", "It might be that {}.", "Were it true that {}, the consequences would be grave.",
     "Supposing that {}, the plan changes.", "Some suspect that {}.", "There are suggestions that {}, but no proof.",
     "Witnesses speculated that {}.", "It has been suggested, without evidence, that {}.",
     "Assuming that {}, costs will rise.", "Reports that {} could not be verified.", "It is thought possible that {}."),
    ("Officials are still trying to determine whether {}.", "It is an open question whether {}.",
     "Researchers will test whether {}.", "Does the evidence show that {}?", "Critics have questioned whether {}.",
     "The report does not say whether {}."),
)
# Set 4: written before set 3's changes; confirmed them, then designed on (beliefs, conditions other than "if").
SET_4 = (
    ("Authorities have firmly denied that {}.", "Reports suggesting that {} are wrong, officials said.",
     "The minister rubbished claims that {}.", "It is categorically untrue that {}.",
     "The airline said it was false to claim that {}.", "A police spokesman denied reports that {}.",
     "Stories that {} are fake, the company said.", "The idea that {} has been discredited."),
    ("It is rumoured that {}.", "Provided that {}, the deal will go ahead.", "Sources speculate that {}.",
     "In case {}, extra staff are on standby.", "There is a chance that {}.", "Officials fear that {}.",
     "It seems likely that {}.", "There are unverified claims that {}.", "It is feared that {}.",
     "Some people think that {}.", "It is widely assumed that {}.", "As long as {}, nothing changes."),
    ("Investigators want to find out whether {}.", "Nobody can say for sure whether {}.",
     "It remains an open question whether {}.", "Did officials know that {}?",
     "A review will look at whether {}.", "The hearing will consider whether {}."),
)
# Set 5: written before set 4's changes; confirmed them; then 'declined to say whether' (a contradiction reported
# for an unanswered question) and 'not known if' were mended on it.
SET_5 = (
    ("Officials have strenuously denied that {}.", "Suggestions that {} are nonsense, the council said.",
     "The report found no truth in the allegation that {}.", "The firm said it was simply wrong that {}.",
     "The claim that {} was retracted.", "Police poured cold water on suggestions that {}.",
     "It is a falsehood that {}.", "The government refuted claims that {}."),
    ("Many believe that {}.", "Analysts expect that {}.", "If it is confirmed that {}, the board will resign.",
     "Campaigners hope that {}.", "It is possible, though unproven, that {}.", "Local people say they suspect that {}.",
     "Provided {}, the project will go ahead.", "Rumour has it that {}.", "Critics allege that {}.",
     "One theory is that {}.", "It may well be that {}.", "There is speculation online that {}."),
    ("The question remains whether {}.", "Officials declined to say whether {}.",
     "It is not known if {}.", "Why is it that {}?", "An inquiry is under way into whether {}.",
     "Parents asked the school whether {}."),
)
# Set 6: written after set 5's mends, before the impersonal reports ("it is said that") and the nouns of chance
# ("there is a risk that"), which its first scoring (99%, 68%, 98%) showed missing; designed on since.
SET_6 = (
    ("The prime minister's office denied outright that {}.", "Accounts that {} are untrue, the embassy said.",
     "The claim that {} does not stand up to scrutiny, the report said.", "Witnesses contradicted reports that {}.",
     "The coroner found that it was not true that {}.", "The story that {} was a hoax.",
     "The ministry strongly rejected allegations that {}.", "The company called the rumour that {} false."),
    ("It has been claimed that {}.", "It is said that {}.", "There is a risk that {}.",
     "It was alleged in court that {}.", "There is a possibility that {}.", "Some observers have speculated that {}.",
     "It is expected that {}.", "If, as some claim, {}, the rules will change.", "Supposedly, {}.",
     "Unconfirmed reports suggest that {}.", "Experts warn that it is likely that {}.", "Perhaps, as rumoured, {}."),
    ("The inquiry will establish whether {}.", "Few know whether {}.", "Is it really true that {}?",
     "Reporters pressed the minister on whether {}.", "It is uncertain whether {}.", "We asked whether {}."),
)
# Set 7: written after set 6's changes, scored once blind (78%, 62%, 98%); then "it was never so that", "though
# nothing is confirmed" and the adverbs of epistemic predicates ("conceivably", "probably") were mended on it.
SET_7 = (
    ("Officials flatly rejected the suggestion that {}.", "The charity said claims that {} were baseless.",
     "Investigators found the report that {} to be false.", "There is no basis whatsoever for saying that {}.",
     "Contrary to what was claimed online, it is not so that {}.", "The embassy dismissed as fiction reports that {}.",
     "That {} is untrue, the ministry said.", "The mayor insisted that it was never the case that {}."),
    ("It is conceivable, though unlikely, that {}.", "Officials suspect {}.", "It remains possible that {}.",
     "Local media have speculated that {}.", "There are indications that {}, though nothing is confirmed.",
     "Assuming reports are correct, {}.", "If true, the claim that {} would change everything.",
     "Some residents believe {}.", "It is thought that {}.", "Conceivably, {}.",
     "Whether or not {}, the policy stands.", "It cannot be ruled out that {}."),
    ("The board must now decide whether {}.", "Journalists have asked repeatedly whether {}.",
     "It is unknown whether {}.", "Can it be true that {}?", "The audit will check whether {}.",
     "Nobody has said whether {}."),
)
# Set 8: written after set 7's mends, scored once blind (99%, 74%, 99%); then an inverted condition opened by any
# noun ("Should reports prove accurate, ...") and "presumably" were mended on it.
SET_8 = (
    ("Police have denied suggestions that {}.", "The notion that {} is a fiction, her lawyer said.",
     "A government spokesperson described as false the claim that {}.", "No, it is not true that {}.",
     "It turned out to be untrue that {}.", "Claims circulating online that {} are false.",
     "The team disputes the account that {}.", "The firm denies outright that {}."),
    ("It appears possible that {}.", "Insiders think {}.", "There is a suggestion that {}.",
     "The theory that {} has not been tested.", "If reports are accurate, {}.", "It is not impossible that {}.",
     "Should reports prove accurate, {}.", "Experts are unsure whether {}.", "Presumably, {}.",
     "Police are working on the assumption that {}.", "It could well be that {}.", "Some fear {}."),
    ("Questions remain over whether {}.", "Members will vote on whether {}.", "Was it the case that {}?",
     "It has yet to be established whether {}.", "Officials refused to say if {}.", "Analysts wonder whether {}."),
)
# Set 9: written after set 8's mends, scored once blind (99%, 66%, 98%); then "in the event that", a noun of belief
# before "is that" ("one possibility is that"), verbs of foretelling ("predict") and "without offering proof" were
# mended on it (and a negated denial, "it cannot be ruled out that", on set 7).
SET_9 = (
    ("The ministry has rebutted allegations that {}.", "Reports that {} are incorrect, a spokeswoman said.",
     "The company denied in a statement that {}.", "Officials said it was a lie that {}.",
     "The review concluded that claims that {} were unfounded.",
     "Her lawyer rejected as untrue the allegation that {}.", "Investigators dismissed the theory that {}.",
     "Nobody seriously believes any longer that {}."),
    ("It is doubtful that {}.", "Some sources claim that {}, but this could not be verified.",
     "It is rumoured locally that {}.", "There have been unconfirmed suggestions that {}.",
     "Officials are investigating the possibility that {}.", "It is not certain that {}.",
     "Analysts predict that {}.", "It is hoped that {}.",
     "In the event that {}, the company will compensate customers.", "Possibly, {}.",
     "Campaigners claim, without offering proof, that {}.", "One possibility is that {}."),
    ("The investigation aims to establish whether {}.", "Readers asked us whether {}.",
     "It is still being determined whether {}.", "Whether {} remains unclear.",
     "Is there any truth to the claim that {}?", "The court has been asked to rule on whether {}."),
)
# Set 10: written after set 9's mends, scored once blind (99%, 34%, 98%); then impersonal passives of any verb of
# saying or thinking, "it seems / would appear that", "far from certain", "worry", "suggest" and a noun before
# "are that" were mended on it.
SET_10 = (
    ("The claims that {} have been flatly rejected by the ministry.",
     "Officials said there was no truth in suggestions that {}.", "The council denies it is true that {}.",
     "It is simply not true that {}, the spokesman said.", "The minister dismissed as nonsense claims that {}.",
     "Investigators have disproved the theory that {}.", "A fact-check found the claim that {} to be false.",
     "The company has categorically rejected allegations that {}."),
    ("Reports suggest {}.", "It is understood that {}.", "There is growing speculation that {}.",
     "Early indications are that {}.", "It would appear that {}.", "Chances are that {}.",
     "Residents worry that {}.", "It is far from certain that {}.", "It remains to be seen whether {}.",
     "Some experts have raised the possibility that {}.", "Supporters insist, without evidence, that {}.",
     "If the witnesses are right, {}."),
    ("Officials are investigating whether {}.", "The question of whether {} remains open.",
     "Reporters asked if {}.", "It remains to be determined whether {}.", "Should we believe that {}?",
     "The commission will assess whether {}."),
)
# Set 11: written after set 10's mends, scored blind (99%, 93%, 98%); then a condition that opens the sentence was
# made to be carried by a claim only through the condition's verbs ("Unless officials are mistaken, three decades
# after ...").
SET_11 = (
    ("The ministry rejected as baseless reports that {}.", "Officials have strongly refuted suggestions that {}.",
     "The idea that {} is completely wrong, the report concluded.",
     "Police said there was no evidence at all to support claims that {}.",
     "The government has denied, through a spokesman, that {}.", "Reports that {} have been shown to be untrue.",
     "The firm said it was categorically not the case that {}.", "Investigators debunked claims that {}."),
    ("According to unconfirmed reports, {}.", "Witnesses said they believed {}.", "It is thought likely that {}.",
     "Police are not ruling out the possibility that {}.", "Rumours are circulating that {}.",
     "Perhaps it is true that {}.", "Some commentators have floated the idea that {}.",
     "Unless officials are mistaken, {}.", "Investigators are exploring the theory that {}.",
     "Speculation is mounting that {}.", "The hypothesis that {} is being tested.",
     "It is not inconceivable that {}."),
    ("Officials could not say whether {}.", "It is not yet known whether {}.",
     "Questions have been raised about whether {}.", "Nobody can be sure whether {}.",
     "The panel is considering whether {}.", "Is it possible that {}?"),
)
# Set 12: written after set 11's mend, scored once blind (97%, 61%, 98%); then any verb of saying or thinking
# that does not vouch for its clause ("hint", "indicate", "claim") and "too soon to conclude" were mended on it.
SET_12 = (
    ("The minister has dismissed the suggestion that {}.", "Claims that {} are without foundation, officials said.",
     "The company says it is untrue that {}.", "There is no truth whatsoever in the story that {}.",
     "The agency has formally denied that {}.", "Officials poured scorn on reports that {}.",
     "The allegation that {} was rejected by the court.", "It is wrong to say that {}."),
    ("Sources suggest that {}.", "The working assumption is that {}.", "Police believe it likely that {}.",
     "Early reports indicated that {}.", "There is a suspicion that {}.",
     "If confirmed, the reports would mean that {}.", "Officials say it is too soon to conclude that {}.",
     "Some have gone so far as to claim that {}.", "According to rumours, {}.", "Insiders hint that {}.",
     "There has been talk that {}.", "It is possible, some say, that {}."),
    ("The inquiry is to examine whether {}.", "Questions are being asked about whether {}.",
     "Parents want to know whether {}.", "It is not known for certain whether {}.",
     "Was it really the case that {}?", "Analysts are asking if {}."),
)
# Set 13: written after set 12's mends (any verb that does not vouch), scored once blind (81%, 76%, 97%); then a
# predicate past an aside ("It is untrue, the company said, that"), a belief after a verb and "to" ("are said to
# believe") and an impersonal report only right after its "be" were mended on it.
SET_13 = (
    ("The council has refuted the allegation that {}.", "It is untrue, the company said, that {}.",
     "Prosecutors dropped the claim that {}.", "The ministry said reports that {} were false.",
     "There is no evidence to back up the claim that {}.", "The spokesman rejected outright the suggestion that {}.",
     "Officials deny that {}.", "The report found that it was not true that {}."),
    ("Witnesses reckon that {}.", "Commentators have posited that {}.", "It is being speculated that {}.",
     "Officials are said to believe that {}.", "Residents are convinced that {}.",
     "The idea that {} is gaining ground.",
     "A source close to the investigation hinted that {}.", "Perhaps unsurprisingly, some speculate that {}.",
     "Should the allegations be true, {}.", "It is widely rumoured that {}.", "Experts estimate that {}.",
     "Many suspect {}."),
    ("The committee will look into whether {}.", "Whether {} is unclear.", "Nobody knows if {}.",
     "Journalists asked whether it was true that {}.", "The open question is whether {}.",
     "Did anyone check whether {}?"),
)
# Set 14: written after set 13's mends, scored once blind (88%, 68%, 98%); then a denied telling ("stopped short
# of saying that X" denied X), "not a shred of evidence", an adverb after a noun of report ("fears locally that"),
# "appear to show that", anyone unsure ("we cannot be certain that") and "isn't clear" were mended on it.
SET_14 = (
    ("The minister insisted there was no truth to claims that {}.", "An official described reports that {} as untrue.",
     "The FA denied, however, that {}.", "There is not a shred of evidence that {}.",
     "Officials have disputed claims that {}.", "It is false to say that {}.",
     "The company strenuously rejects suggestions that {}.", "Police dismissed rumours that {}."),
    ("Fans are hoping that {}.", "Documents seen by reporters appear to show that {}.",
     "It's entirely possible that {}.", "One explanation might be that {}.", "Rumour suggests that {}.",
     "The suspicion remains that {}.", "A spokesman would neither confirm nor deny that {}.",
     "We cannot be certain that {}.", "There are fears locally that {}.", "If the figures hold up, {}.",
     "Some researchers propose that {}.", "Officials stopped short of saying that {}."),
    ("The question now is whether {}.", "Could it really be true that {}?", "It has not been established whether {}.",
     "A review will determine if {}.", "Nobody has yet explained whether {}.", "Reporters have asked whether {}."),
)
# Set 15: written after set 14's mends, scored once blind (84%, 75%, 95%); then a sentence that opens on its clause
# ("That X is simply not the case"), a veridical predicate negated by its prefix ("unproven") and a belief verb
# after an auxiliary and an adverb ("have long suspected") were mended on it.
SET_15 = (
    ("Officials have consistently denied that {}.", "The suggestion that {} is without merit, the court said.",
     "That {} is simply not the case, according to the council.", "A spokeswoman flatly rejected reports that {}.",
     "Investigators said there was nothing to indicate that {}.", "It is incorrect to claim that {}.",
     "The firm refutes any suggestion that {}.", "Police have found no evidence to support claims that {}."),
    ("There is some speculation that {}.", "Reports have emerged suggesting that {}.",
     "Whispers in the capital suggest that {}.", "Insiders believe it is possible that {}.",
     "Locals have long suspected that {}.", "Analysts reckon {}.", "The hypothesis is that {}.",
     "Some officials privately concede it is possible that {}.", "Were the reports accurate, {}.",
     "Perhaps, as some believe, {}.", "A number of observers think that {}.", "It remains unproven that {}."),
    ("Officials are checking whether {}.", "It is yet to be confirmed whether {}.",
     "Nobody knows for sure whether {}.", "What is unclear is whether {}.", "Is it possible that {}?",
     "The investigation will examine if {}."),
)
# Set 16: written after set 15's mends, scored blind (97%, 94%, 97%); it prompted no change and stays blind.
SET_16 = (
    ("The department has emphatically denied that {}.", "Reports that {} are categorically untrue, a source said.",
     "There is absolutely no truth in rumours that {}.", "The ministry described as baseless allegations that {}.",
     "Nothing could be further from the truth than the claim that {}.", "The mayor refuted accusations that {}.",
     "The board has denied, in a written statement, that {}.", "It is a fallacy that {}."),
    ("Observers say it is quite possible that {}.", "It has been suggested that {}.", "Some experts fear {}.",
     "The prevailing theory is that {}.", "It would seem that {}.", "Some claim that {}.",
     "Unconfirmed accounts say that {}.", "If rumours are to be believed, {}.", "Activists allege that {}.",
     "It is thought unlikely that {}.", "Sources have speculated that {}.", "The likelihood is that {}."),
    ("The panel is yet to decide whether {}.", "A court will now determine whether {}.", "We do not yet know if {}.",
     "Officials were asked whether {}.", "Is there evidence that {}?", "The key question is whether {}."),
)
# Set 17: written after set 16 was scored, before any change of this round; scored blind.
SET_17 = (
    ("Officials dismissed reports that {}.", "Contrary to early reports, it is not true that {}.",
     "Fact-checkers rated as false the claim that {}.", "Investigators have since discounted the theory that {}.",
     "The authorities have repudiated claims that {}.", "The government has dismissed as propaganda claims that {}.",
     "Reports that {} have been retracted.", "A later inquiry found that the story that {} was invented."),
    ("There is a real possibility that {}.", "Critics contend that {}.", "It cannot be excluded that {}.",
     "A leaked memo appears to suggest that {}.", "It is conjectured that {}.",
     "Opposition politicians have claimed that {}.", "It was reported, though not confirmed, that {}.",
     "Some reports indicate that {}, but this has not been verified.", "According to unverified reports, {}.",
     "The opposition alleges that {}.", "Officials are investigating claims that {}.", "It might well be that {}."),
    ("The inquiry's task is to establish whether {}.", "There are questions over whether {}.",
     "The court has yet to rule on whether {}.", "Investigators hope to learn whether {}.",
     "Reporters have asked repeatedly whether {}.", "The review will look at whether {}."),
)
# Set 18: written after set 17's mend and this round's rules, scored blind (96%, 80%, 98%); then the sentence
# adverbs of hearsay and WordNet's synonyms of them (apparently, purportedly) were mended on it.
SET_18 = (
    ("Officials said it was categorically false that {}.", "The company said the claim that {} was fake news.",
     "An audit found that the assertion that {} was not borne out by the evidence.",
     "Police said the report that {} had never been true.", "The claim that {} was withdrawn by the paper.",
     "A spokesman dismissed as unsubstantiated claims that {}.", "The council has firmly rejected the idea that {}.",
     "Records show that it is false that {}."),
    ("Apparently, {}.", "Purportedly, {}.", "The word is that {}.", "It was theorised that {}.",
     "Whether {} remains in doubt.", "It is understood, though not yet confirmed, that {}.",
     "Police are considering the possibility that {}.", "Unsubstantiated claims suggest that {}.",
     "Bloggers have mused that {}.", "Organisers are hoping that {}.", "Some fear that, in the end, {}.",
     "It may yet emerge that {}."),
    ("There is a debate over whether {}.", "Investigators launched a probe into whether {}.",
     "Officials cannot say whether {}.", "There is uncertainty over whether {}.",
     "Police are trying to ascertain whether {}.", "A parliamentary inquiry into whether {} begins next week."),
)
# Set 19: written after set 18's mend and every rule of this round, scored blind (98%, 73%, 98%); then a phrase of
# place between a word of report and its 'that' ('whispered in the corridors that') and an attribution to one of
# several versions ('According to one account, X') were mended on it.
SET_19 = (
    ("It is simply untrue to say that {}.", "Investigators ruled out the possibility that {}.",
     "Contrary to rumours, it is not so that {}.", "A spokesperson said reports that {} were wide of the mark.",
     "The minister said suggestions that {} were plainly false.", "Officials poured scorn on claims that {}.",
     "The agency firmly denies that {}.", "The story that {} has been shown to be a fabrication."),
    ("Neighbours reckoned that {}.", "Scientists have hypothesised that {}.",
     "It was whispered in the corridors that {}.", "There were suggestions in the local press that {}.",
     "The family suspects {}.", "The leaked draft raises the prospect that {}.", "According to one account, {}.",
     "The report stops short of concluding that {}.", "There is a growing suspicion that {}.",
     "The charity estimates that {}.", "Some observers have floated the theory that {}.",
     "It is far from clear that {}."),
    ("MPs demanded to know whether {}.", "Nobody can yet say whether {}.", "The council is still weighing whether {}.",
     "Campaigners want a review of whether {}.", "Whether or not {} is the subject of the inquiry.",
     "The panel was asked to establish if {}."),
)
# Set 20: written after set 19's mends, the last of this round, scored blind (99%, 69%, 98%); then 'the theory goes
# that X', 'there are claims on social media that X' and 'Reportedly, X' were mended on it (the last after the denials
# it would have hidden were read: 'branded as false reports that X', 'it was wrongly reported that X').
SET_20 = (
    ("Officials were quick to deny that {}.", "Sources close to the minister denied that {}.",
     "It was wrongly reported that {}.", "The club flatly contradicted reports that {}.",
     "The idea that {} has been dismissed by experts.", "Investigators say there is nothing to the claim that {}.",
     "The company called it untrue that {}.", "Earlier accounts that {} proved unfounded."),
    ("There are claims on social media that {}.", "It has been alleged that {}.", "Rumours are swirling that {}.",
     "A senior source hinted that {}.", "Some commentators think {}.",
     "Residents are bracing for the possibility that {}.",
     "It is anyone's guess whether {}.", "The theory goes that {}.", "Reportedly, {}.",
     "Critics have long speculated that {}.", "There is talk that {}.", "One possibility being examined is that {}."),
    ("The BBC has asked whether {}.", "Nobody has yet determined whether {}.", "The inquest will hear whether {}.",
     "Parents are demanding answers on whether {}.", "Was it true that {}?", "Police are examining whether {}."),
)
# Set 21: written after every change of this round, scored blind (96%, 88%, 99%); then what an unnamed some say
# ('Some maintain that X') was mended on it.
SET_21 = (
    ("The mayor said it was simply false to claim that {}.", "The company has denied point-blank that {}.",
     "The charity rejected as untrue claims that {}.", "A fact-check found the claim that {} to be false.",
     "Officials contested the assertion that {}.", "Police flatly rejected the notion that {}.",
     "Reports that {} are entirely without basis.", "The government has strongly denied that {}."),
    ("It is claimed that {}.", "The suspicion is that {}.", "There is no sign that {}.",
     "Nobody seriously believes that {}.", "The jury is still out on whether {}.", "Intelligence suggests that {}.",
     "Our best guess is that {}.", "It is presumed that {}.", "It could conceivably be that {}.",
     "Observers believe {}.", "It emerged, though this could not be verified, that {}.", "Some maintain that {}."),
    ("It is questionable whether {}.", "There are doubts over whether {}.", "The board may reconsider whether {}.",
     "Analysts are weighing up whether {}.", "What remains unknown is whether {}.",
     "A judge must now rule on whether {}."),
)
# Set 22: written at the start of a round, after the mends of its first commit (implicatives, 'the N has it that',
# 'premature to say'), scored blind (95%, 67%, 94%); then mended on it: 'it is feared X' with no 'that', a modal
# before 'be that' whatever the subject, signs and indications as what points to X, 'if' after a verb of
# thinking or seeing or a verb with 'out'.
SET_22 = (
    ("The spokeswoman categorically ruled out that {}.", "Campaigners were quick to refute claims that {}.",
     "There is no truth in reports that {}.", "Contrary to what was first reported, it is not the case that {}.",
     "Officials poured cold water on suggestions that {}.", "The allegation that {} has been retracted.",
     "Police dismissed reports that {} as baseless.", "The union said the idea that {} was pure fiction.",
     "A statement on Tuesday corrected an earlier report that {}."),
    ("Sources close to the investigation believe that {}.", "It is thought likely that {}.",
     "There is a chance that {}.", "Residents fear {}.", "One explanation could be that {}.",
     "It is widely assumed that {}.", "Early indications are that {}.", "If reports are accurate, {}.",
     "The working hypothesis is that {}.", "Insiders say it is possible that {}.", "Unconfirmed reports say {}.",
     "The family suspects that {}.", "It is feared {}."),
    ("Questions remain over whether {}.", "Reporters pressed officials on whether {}.",
     "It is anyone's guess whether {}.", "The inquiry hopes to establish whether {}.",
     "Nobody can say for certain whether {}.", "Investigators want to find out if {}.",
     "The council is to vote on whether {}."),
)
# Set 23: written after set 22's mends, scored blind (87%, 90%, 98%); then mended on it: 'in all likelihood, X' (the
# phrase of an epistemic noun), 'described as nonsense reports that X' (WordNet's synonyms of falsity's words).
SET_23 = (
    ("Officials have dismissed as false the report that {}.", "The authorities deny outright that {}.",
     "It is simply not true that {}.", "Nothing could be further from the truth than the claim that {}.",
     "A spokesman described as nonsense reports that {}.", "The government says it is a lie that {}.",
     "The police have denied any suggestion that {}.", "Witnesses contradicted earlier accounts that {}.",
     "The firm rejected the allegation that {} as untrue."),
    ("Analysts reckon that {}.", "Some experts suspect {}.", "It has been suggested that {}.",
     "Rumour has it that {}.", "The assumption is that {}.", "There is a possibility that {}.",
     "Preliminary reports suggest that {}.", "In all likelihood, {}.", "It may well be that {}.",
     "Local people suspect that {}.", "It is not certain that {}.", "Observers speculate {}.",
     "There is growing speculation that {}."),
    ("Nobody has been able to confirm whether {}.", "It is still being investigated whether {}.",
     "Officials are trying to determine if {}.", "The hearing will consider whether {}.",
     "Was it true that {}?", "A review is under way to find out whether {}.",
     "MPs demanded to know whether {}."),
)
# Set 24: written after every change of this round but the last, scored blind (99%, 88%, 98%); then 'think it likely
# that X' (a predicate of a small clause) was read.
SET_24 = (
    ("The claim that {} is baseless, the ministry said.", "Officials vehemently denied that {}.",
     "Investigators have ruled out that {}.", "It is false to say that {}.", "Police rejected any notion that {}.",
     "A correction issued later made clear that it was not true that {}.", "Organisers dismissed rumours that {}.",
     "Nobody believes any longer that {}, after the report was discredited."),
    ("It is understood that {}.", "Sources suggest {}.", "There are unverified claims that {}.",
     "It is being speculated that {}.", "Experts think it likely that {}.", "One possibility is that {}.",
     "It cannot be ruled out that {}.", "Some observers believe {}.", "It is rumoured {}.",
     "Many fear that {}.", "It is alleged that {}.", "There may be some truth in reports that {}."),
    ("No one knows yet whether {}.", "Officials are looking into whether {}.", "Did {}? Nobody can say.",
     "The question of whether {} remains open.", "Scientists will study whether {}.",
     "It has yet to be established whether {}."),
)
# Set 25: written at the end of the round, after every change of it, scored blind (98%, 83%, 97%); then 'unnamed
# sources claim X' (a claim with a bare clause) was read.
SET_25 = (
    ("The ministry issued a denial that {}.", "Officials refuted suggestions that {}.",
     "The idea that {} was dismissed by the police as fantasy.", "Reports that {} are untrue, the council said.",
     "It is categorically not the case that {}.", "The company denies that {}, calling the report misleading.",
     "Nothing in the records shows that {}, the inquiry concluded.", "Witnesses disputed claims that {}."),
    ("Campaigners believe it possible that {}.", "There is a widespread belief that {}.", "Supposedly, {}.",
     "Unnamed sources claim {}.", "It is thought that {}.", "The working theory is that {}.",
     "Some reports said, without evidence, that {}.", "It appears likely that {}.", "Officials suspect {}.",
     "There were suggestions that {}.", "The hope is that {}.", "We cannot exclude that {}."),
    ("The question now is whether {}.", "Officials declined to say whether {}.",
     "Inspectors have been asked to determine whether {}.", "Nobody has yet confirmed whether {}.",
     "The court is being asked to decide if {}.", "It is still being debated whether {}."),
)
# Set 26: written at the start of the next round, after effects.py, scored blind.
SET_26 = (
    ("The embassy called reports that {} completely baseless.", "A spokeswoman dismissed claims that {}.",
     "The company has flatly rejected allegations that {}.",
     "Officials pointed out that it was never the case that {}.",
     "The broadcaster later apologised for wrongly reporting that {}.",
     "Contrary to what some outlets reported, it is untrue that {}.",
     "The governor's office described as false the rumour that {}.",
     "Investigators concluded that the assertion that {} was unfounded.",
     "Lawyers for the firm contested claims that {}.", "Officials laughed off suggestions that {}."),
    ("Police said they had found nothing to support claims that {}.", "It cannot yet be said with certainty that {}.",
     "Analysts caution that it is too early to tell whether {}.", "There is speculation in the local press that {}.",
     "Local media have floated the idea that {}.", "The theory that {} has yet to be tested.",
     "Campaigners maintain, without providing evidence, that {}.", "A leaked memo hints that {}.",
     "Should it emerge that {}, the minister would resign.", "One line of inquiry is that {}.",
     "Those close to the family have voiced suspicions that {}.", "It has been suggested, though not proven, that {}."),
    ("Reporters pressed the spokesman on whether {}.", "The hearing is expected to look at whether {}.",
     "An inquiry has been launched into whether {}.", "It is worth asking whether {}.",
     "The documentary explores whether {}.", "Parents are demanding answers on whether {}.",
     "The panel will weigh whether {}.", "Nobody could tell us whether {}."),
)
# Set 27: written after set 26's mends and written claims batches 31 and 32, scored blind.
SET_27 = (
    ("{}, a claim the ministry has since withdrawn.", "Officials dismissed as untrue reports that {}.",
     "A spokesperson rejected out of hand the suggestion that {}.",
     "The agency issued a correction: it is not the case that {}.", "The company has gone on record to deny that {}.",
     "Witnesses contradicted the official account that {}.",
     "Allegations that {} have been shown to be groundless.", "The minister's office called it a fabrication that {}."),
    ("{}, it is rumoured.", "{}, sources suggest.", "Witnesses claim, though officials dispute it, that {}.",
     "{}, or so the story goes.", "Reports, as yet unconfirmed, say that {}.", "It is being whispered that {}.",
     "Residents half suspect {}.", "There is a lingering suspicion among residents that {}.",
     "Bloggers have put forward the theory that {}.", "It is tempting to conclude that {}.",
     "Local reports hint at the possibility that {}.",
     "Campaigners are convinced, without offering any proof, that {}."),
    ("The report leaves open the question of whether {}.", "The council has been asked to clarify whether {}.",
     "Nobody has been able to say whether {}.", "Officials are still trying to work out whether {}.",
     "Police were unable to establish whether {}.", "The newspaper asked its readers whether {}.",
     "Whether {} will be the subject of a hearing.", "The inspectors want to find out whether {}."),
)
# Set 28: written after set 27's mends, scored blind.
SET_28 = (
    ("The claim that {} has been exposed as a hoax.", "There is nothing to the rumour that {}.",
     "Officials said the story that {} was made up.", "Police have denied, in a statement issued on Friday, that {}.",
     "The suggestion that {} has been roundly dismissed.", "It is untrue — as the ministry has pointed out — that {}.",
     "The museum refuted in the strongest terms reports that {}.",
     "Anyone who believes that {} has been misled, the council said."),
    ("Speculation is growing online that {}.", "It's being said that {}.", "Word on the street is that {}.",
     "Some experts are of the view that {}.", "A popular theory holds that {}.", "There have been murmurs that {}.",
     "{}, though the evidence is thin.", "One witness says — though nobody else does — that {}.",
     "Investigators are proceeding as if {}.", "Social media posts allege that {}.",
     "If the leaked figures are right, {}.", "It is by no means certain that {}."),
    ("The audit will show whether {}.", "Whether {} is far from settled.",
     "Reporters wanted to know whether or not {}.",
     "Nobody has answered the question of whether {}.", "The jury is yet to rule on whether {}.",
     "Can it really be that {}?", "The hearing examined the question of whether {}.",
     "Officials have been pressed to say whether {}."),
)
# Set 29: written after written claims batch 33's mends, at the end of the round, scored blind.
SET_29 = (
    ("Officials moved swiftly to deny that {}.", "The rumour that {} is false, the police said.",
     "It is a false rumour that {}.", "The court rejected as unproven the claim that {}.",
     "The claim that {} has no basis in fact.", "Officials publicly contradicted earlier reports that {}.",
     "That {} was dismissed by the panel as speculation.", "The company says it is fake news that {}."),
    ("A source, speaking on condition of anonymity, said it was possible that {}.", "It is believed by some that {}.",
     "Opposition figures insinuate that {}.", "Pending confirmation, reports say {}.", "Subject to confirmation, {}.",
     "It is not clear whether {}.", "There is no independent confirmation that {}.", "Some accounts have it that {}.",
     "Critics contend, without evidence, that {}.", "A theory doing the rounds is that {}.",
     "People in the village are half-convinced that {}.", "Nobody will vouch for the story that {}."),
    ("The board weighs whether {}.", "Ministers are mulling whether {}.", "The trial will turn on whether {}.",
     "Experts disagree on whether {}.", "Little is known about whether {}.", "An inquiry is considering if {}.",
     "The real question is whether {}.", "Campaigners have demanded clarity over whether {}."),
)
# Set 30: the plainest wordings a template might use (American spellings among them), written at the end of the
# round after set 29's mends, scored blind.
SET_30 = (
    ("Officials deny that {}.", "Authorities have denied reports that {}.", "It is false that {}.",
     "Claims that {} are false.", "Police rejected claims that {}.", "The government denied that {}.",
     "Reports that {} have been denied.", "It is not true that {}.", "A spokesperson denied claims that {}.",
     "The allegation that {} was denied."),
    ("It is rumored that {}.", "There are rumors that {}.", "Some believe that {}.", "It is alleged that {}.",
     "Allegedly, {}.", "It remains unclear whether {}.", "It is uncertain whether {}.", "Some reports suggest that {}.",
     "It is likely that {}.", "There is speculation that {}.", "Sources claim that {}.", "It is claimed that {}.",
     "Some have speculated that {}.", "Many suspect that {}.", "{}, some believe.", "{}, it is claimed.",
     "Presumably, {}.", "{}, sources say.", "It is unconfirmed whether {}.", "Possibly, {}."),
    ("Some asked whether {}.", "People are asking whether {}.", "It is not known whether {}.",
     "The question is whether {}.", "Officials are investigating whether {}.", "Did it really happen that {}?",
     "Nobody knows whether {}.", "Reporters asked if {}."),
)
# Set 31: written after set 30, in a news report's usual wordings, scored blind.
SET_31 = (
    ("The ministry insisted it was not the case that {}.", "Earlier claims that {} were found to be untrue.",
     "Officials dismissed suggestions that {} as fiction.", "The report disproved the theory that {}.",
     "Contrary to what was reported, it is untrue that {}.", "The mayor denied outright that {}.",
     "Police said there was no truth in reports that {}.", "That {} is a myth, the historian said."),
    ("There are growing fears that {}.", "The family believes that {}.", "Analysts say it is plausible that {}.",
     "Witnesses told reporters they thought {}.", "It is feared that {}.", "Unverified accounts suggest {}.",
     "Some fear that {}.", "Commentators have suggested that {}.", "Leaked documents appear to indicate that {}.",
     "The opposition claims that {}.", "It is possible, though unconfirmed, that {}.",
     "There is a chance that {}."),
    ("Investigators are looking into whether {}.", "It is still unclear if {}.", "Lawmakers questioned whether {}.",
     "The inquiry will establish whether {}.", "Whether {} is unknown.", "It is not yet clear whether {}."),
)
# Set 32: the wordings of a scientific abstract, written after every change of the round, scored blind.
SET_32 = (
    ("Our data refute the hypothesis that {}.", "The trial found no support for the claim that {}.",
     "These results contradict earlier reports that {}.", "The study rules out the possibility that {}.",
     "Contrary to previous findings, we show that it is not the case that {}.",
     "Earlier suggestions that {} could not be replicated."),
    ("Further studies are needed to determine whether {}.", "These findings raise the possibility that {}.",
     "We speculate that {}.", "It has been proposed that {}.", "Preliminary data suggest that {}.",
     "Our results are consistent with the hypothesis that {}.", "It has been postulated that {}.",
     "The evidence that {} remains inconclusive.", "We propose that {}.",
     "Tentative evidence indicates that {}.", "Whether {} warrants further investigation.",
     "Studies have reported conflicting results on whether {}."),
    ("The aim of this study was to determine whether {}.", "We investigated whether {}.",
     "This trial asks whether {}.", "We sought to establish whether {}.", "It remains to be tested whether {}.",
     "The question addressed here is whether {}."),
)
# Set 33: the wordings of war reporting, written after every change of the round, scored blind.
SET_33 = (
    ("The Kremlin called it disinformation that {}.", "Moscow has denied that {}.",
     "The defence ministry dismissed as a fabrication the report that {}.",
     "Kyiv rejected as staged footage purporting to show that {}.", "Officials branded as fake the claim that {}.",
     "The embassy said it was untrue that {}."),
    ("Pro-Russian Telegram channels claim that {}.", "This could not be independently verified, but {}.",
     "Footage circulating online purportedly shows that {}.", "Ukrainian intelligence claims {}.",
     "Kremlin-linked bloggers allege that {}.", "Unconfirmed reports on social media say {}.",
     "{}, though this could not be independently verified.", "Moscow accuses Kyiv of claiming that {}.",
     "It could not be confirmed whether {}.", "Local officials suspect that {}."),
    ("It is unclear whether {}.", "Journalists could not establish whether {}.",
     "Investigators are trying to determine whether {}.", "It remains to be seen whether {}."),
)
# Set 34: written at the very end of the round in mixed, common wordings, to measure; scored blind.
SET_34 = (
    ("Authorities deny that {}.", "Officials have denied reports that {}.", "The claim that {} is untrue.",
     "A company spokesman denied that {}.", "It is wrong to say that {}.", "Reports that {} are incorrect."),
    ("Witnesses believe that {}.", "It was rumoured that {}.", "Some officials have suggested that {}.",
     "It is thought that {}.", "According to unconfirmed reports, {}.", "Experts fear that {}.",
     "It is alleged that {}.", "Residents suspect that {}.", "It is possible that {}.",
     "There are reports, not yet confirmed, that {}."),
    ("It is not clear if {}.", "Nobody knows if {}.", "Officials would not say whether {}.",
     "The inquiry will look at whether {}."),
)
# Set 35: the wordings of court and business reporting, a field no earlier set drew on, written at the start of a
# round before any of its changes; scored blind (100 / 94 / 98), then designed on ('failed to prove that X', 'is
# expected to announce that X' past a comma in X).
SET_35 = (
    ("The defendant's lawyers deny that {}.", "The company has strenuously denied allegations that {}.",
     "The judge found that it was not true that {}.", "The board rejected as baseless claims that {}.",
     "In a statement, the firm said it was categorically untrue that {}.",
     "The court dismissed the allegation that {}.",
     "An internal review concluded that it was false that {}.", "The club denies that {}.",
     "Lawyers for the family disputed claims that {}.", "The regulator found no evidence that {}.",
     "The chief executive dismissed reports that {} as nonsense."),
    ("Prosecutors allege that {}.", "The lawsuit claims that {}.", "Prosecutors failed to prove that {}.",
     "The firm is expected to announce that {}.", "Analysts suspect that {}.", "The plaintiffs contend that {}.",
     "Sources close to the negotiations hinted that {}.", "There are unconfirmed reports that {}.",
     "The court heard claims that {}.", "Shareholders fear that {}.", "It is alleged in the filing that {}."),
    ("The jury must decide whether {}.", "The hearing will consider whether {}.",
     "Regulators are investigating whether {}.",
     "Investors wonder whether {}.", "The central question for the tribunal is whether {}.",
     "Auditors have been asked to check whether {}.", "It is for the courts to say whether {}."),
)
# Set 36: the wordings of health and science news, written after set 35's and batch 36's mends; scored blind (99 /
# 74 / 98), then designed on ('X could be the case', 'some evidence that X, but it is weak').
SET_36 = (
    ("Health officials have debunked the claim that {}.", "Doctors dismissed fears that {}.",
     "The health ministry said it was not true that {}.", "Scientists have rejected the idea that {}.",
     "A review of the evidence found that it is not the case that {}.", "The manufacturer denied that {}.",
     "Researchers found nothing to back up the claim that {}.", "Experts say it is a myth that {}.",
     "The hospital trust categorically denied that {}."),
    ("Early research hints that {}.", "Scientists think it is possible that {}.",
     "A small, unreviewed study suggested that {}.", "There is some evidence that {}, but it is weak.",
     "Doctors suspect that {}.", "It has been claimed, without evidence, that {}.",
     "Preliminary results indicate that {}.", "Some patients believe that {}.",
     "It is too early to say whether {}.", "Experts warned that {} could be the case."),
    ("Scientists are studying whether {}.", "A new trial will test whether {}.",
     "Researchers want to find out if {}.", "The question of whether {} remains open.",
     "Doctors are unsure whether {}.", "The study set out to determine whether {}."),
)
# Set 37: the wordings of opinion pieces and political statements, written after batches 37-39's mends; scored blind
# (98 / 97 / 98); its misses are fragments and sentences with clauses of their own: it prompted nothing.
SET_37 = (
    ("The minister's office flatly rejected the suggestion that {}.", "Nobody seriously believes that {}.",
     "Government spokespeople have repeatedly denied that {}.", "Critics have long since disproved the idea that {}.",
     "Opposition leaders called the report that {} a fabrication.", "It is simply false to claim that {}.",
     "The embassy dismissed as propaganda the claim that {}.", "The party denies that {}."),
    ("Some commentators argue, without evidence, that {}.", "Critics speculate that {}.",
     "It is widely rumoured in the capital that {}.", "Observers suspect that {}.",
     "One might be tempted to think that {}.", "Activists allege that {}.",
     "It remains an open question whether {}.", "The opposition claims, so far without proof, that {}.",
     "Perhaps, as some argue, {}.", "If the leaked memo is genuine, {}."),
    ("Voters deserve to know whether {}.", "Parliament will debate whether {}.",
     "Commentators are asking whether {}.", "Nobody in government would say whether {}.",
     "The real question is whether {}."),
)
# Set 38: the wordings of local news (police, councils, inquests), written after the round's last change to measure;
# scored blind (100 / 95 / 98): its misses are fragments of the pool (imperatives, "but I don't think ..."), and it
# prompted nothing.
SET_38 = (
    ("Police have denied rumours that {}.", "The council insists it is untrue that {}.",
     "A police spokesperson said claims that {} were wrong.", "The family rejects any suggestion that {}.",
     "Organisers denied that {}.", "The school has dismissed reports that {}."),
    ("Neighbours think that {}.", "Police are looking into claims that {}.",
     "It is understood that {}, although police have not confirmed this.",
     "Locals say they believe that {}.", "There are suggestions that {}.", "Police would not rule out that {}.",
     "It may be that {}, police said.", "According to rumours on a local forum, {}."),
    ("Police are trying to establish whether {}.", "Councillors will vote on whether {}.",
     "Residents want to know whether {}.", "An inquest will examine whether {}."),
)
# Set 39: the wordings of war and conflict reporting (ministries, monitors, unverified accounts), written at the
# start of the next round, before any change of it; scored blind.
SET_39 = (
    ("The defence ministry dismissed as fake news reports that {}.", "Kyiv has denied claims that {}.",
     "The embassy said there was no truth in reports that {}.", "Independent monitors found no evidence that {}.",
     "The government refuted allegations that {}.", "Contrary to earlier reports, it is not true that {}.",
     "Officials dismissed the notion that {}.", "A spokesman said it was absolutely untrue that {}."),
    ("Unconfirmed reports suggest that {}.", "Local media claimed that {}, but this could not be independently verified.",
     "It could not be independently verified whether {}.", "Human rights groups fear that {}.",
     "According to unverified accounts, {}.", "Analysts believe that {}.", "It is feared that {}.",
     "It is alleged that {}.", "The claim that {} has not been independently confirmed.", "There are fears that {}."),
    ("Monitors are investigating whether {}.", "It remains to be seen whether {}.", "The UN has asked whether {}.",
     "Diplomats are trying to find out whether {}.", "The tribunal must now rule on whether {}."),
)
# Set 40: the wordings of sports, arts and entertainment reporting (clubs, agents, studios, rumour columns), written
# after every change of the round to measure; scored blind (99 / 86 / 99): "According to an unnamed source, X" was
# support (2 of 34 kept from it); an attribution to a source that names no one is now open (hedges 99%).
SET_40 = (
    ("The club has strongly denied reports that {}.", "His agent dismissed as nonsense the claim that {}.",
     "The studio insisted there was no truth in rumours that {}.", "Organisers flatly rejected suggestions that {}.",
     "The band's management said it was untrue that {}.", "Sources close to the player denied that {}."),
    ("Transfer rumours suggest that {}.", "It is thought that {}, though nothing has been confirmed.",
     "Fans speculated online that {}.", "Insiders believe that {}.", "It has been rumoured for weeks that {}.",
     "According to an unnamed source, {}.", "The tabloids claim that {}.", "There is talk that {}."),
    ("Fans are wondering whether {}.", "The board has yet to decide whether {}.",
     "Pundits are debating whether {}.", "The manager was asked whether {}."),
)
# Set 41: the wordings of science and health reporting (studies, preprints, regulators, retractions), written at
# the start of a round after batch 49's rules; scored blind (79 / 98 / 98): "The authors later retracted their
# finding that X" was support (0 of 49 kept from it); a statement taken back (retract, withdraw, recant) now denies
# a report a noun names ("finding", "conclusion" among them): denies 98%, and sets 5, 17, 18, 22 up too.
SET_41 = (
    ("A follow-up study found no evidence that {}.", "The regulator said nothing supported the claim that {}.",
     "Researchers have refuted the idea that {}.", "The authors later retracted their finding that {}.",
     "Health officials dismissed fears that {}.", "Larger trials failed to confirm that {}."),
    ("A small preprint, not yet peer reviewed, suggests that {}.", "Early data hint that {}.",
     "Scientists caution that it is too early to say whether {}.", "The researchers hypothesise that {}.",
     "It remains to be seen whether {}.", "Some experts have raised the possibility that {}.",
     "Modelling suggests that {}, although the estimates are uncertain.", "The study could not rule out that {}."),
    ("Researchers set out to test whether {}.", "A new trial will investigate whether {}.",
     "The open question is whether {}.", "Doctors want to know whether {}."),
)
# Set 42: the wordings of election and parliamentary reporting (campaigns, polls, briefings, fact-checks), written
# after set 41's mend and batch 49's rules, to measure; scored blind (97 / 98 / 98): its misses are fragments of
# the pool and sentences with clauses of their own; it prompted nothing.
SET_42 = (
    ("The campaign called the report that {} a smear.", "Election officials said there was no basis for claims that {}.",
     "A fact-check found the assertion that {} to be false.", "The candidate categorically denied that {}.",
     "His office rejected as baseless the suggestion that {}.", "Party sources poured cold water on reports that {}."),
    ("Opposition MPs allege that {}.", "Polls suggest that {}, though the margin of error is wide.",
     "Westminster insiders whisper that {}.", "It is widely expected that {}.",
     "Briefings to journalists implied that {}.", "There is mounting speculation that {}.",
     "The party appears to believe that {}.", "Campaign aides privately concede it is possible that {}."),
    ("MPs will vote on whether {}.", "Voters will decide whether {}.",
     "The committee is investigating whether {}.", "The speaker was asked if {}."),
)
# Set 43: the wordings of court and police reporting (trials, indictments, appeals, inquests), written after written
# batches 56-59's rules; scored blind (98 / 94 / 98): besides fragments of the pool, a belief verb's bare clause that
# opens on a joined subject ("they believed friends and family members are gathering") or a name set off by commas
# ("believed the new chief executive, Thomas Rattigan, was determined") was read as an object; now 98 / 96 / 98.
SET_43 = (
    ("The defendant has always denied that {}.", "Prosecutors dropped the allegation that {}.",
     "The jury rejected the prosecution's case that {}.", "The judge dismissed as unfounded the claim that {}.",
     "Police said it was untrue that {}.", "The court heard there was no evidence that {}."),
    ("Prosecutors allege that {}.", "The indictment alleges that {}.", "Lawyers for the family contend that {}.",
     "The coroner said it was probable that {}.", "Police are working on the theory that {}.",
     "It is alleged that {}.", "Witnesses told the court they believed {}.", "The inquest heard it was likely that {}."),
    ("The jury must decide whether {}.", "The appeal will turn on whether {}.",
     "Detectives are trying to establish whether {}.", "The inquest will consider whether {}."),
)
# Set 44: the wordings of business and financial reporting (earnings, markets, regulators, takeovers), written at
# the end of a round after every change; scored blind (99 / 89 / 98): "People familiar with the matter said X" was
# support (1 of 23 kept); a subject that names nobody but by what it knows is an anonymous source: 99 / 97 / 98.
SET_44 = (
    ("The company flatly denied reports that {}.", "The regulator found no evidence that {}.",
     "The bank has dismissed speculation that {}.", "Shareholders were told it was simply not the case that {}.",
     "The chief executive rejected suggestions that {}.", "Market rumours that {} proved unfounded."),
    ("Analysts expect that {}.", "Traders are betting that {}.", "People familiar with the matter said {}.",
     "The company is understood to believe that {}.", "Investors fear that {}.",
     "The filing hints that {}.", "It is thought likely that {}.", "Some economists predict that {}."),
    ("The board is weighing whether {}.", "Regulators are examining whether {}.",
     "Investors want to know whether {}.", "The question for the market is whether {}."),
)
# Set 45: the wordings of open-source investigation and fact-checking (imagery, geolocation, viral posts), written
# after written batches 65-66's rules; scored blind (98 / 63 / 99): a teller a relative clause calls unconfirmed,
# and "tentatively" (tentative is WordNet's doubtful), are now read: 98 / 86 / 99. Left: "Posts ... assert that X".
SET_45 = (
    ("Satellite imagery contradicts the claim that {}.", "Geolocated footage disproves the assertion that {}.",
     "Our analysis found nothing to support the claim that {}.", "The viral post falsely claimed that {}.",
     "Fact-checkers rated as false the claim that {}.", "Investigators debunked the rumour that {}."),
    ("Open-source analysts have not been able to verify that {}.", "Unconfirmed footage appears to show that {}.",
     "An account that could not be independently confirmed said {}.", "Some online users have claimed that {}.",
     "Metadata hints that {}, but the file may have been altered.", "It cannot yet be ruled out that {}.",
     "Posts shared thousands of times assert that {}.", "The researchers tentatively conclude that {}."),
    ("Analysts are trying to verify whether {}.", "The footage raises the question of whether {}.",
     "Our team is checking whether {}.", "It remains to be verified whether {}."),
)
# Set 46: the wordings of diplomatic and international reporting (embassies, summits, envoys, communiques), written
# after written batches 67-72's rules; scored blind (99 / 96 / 99); it prompted nothing.
SET_46 = (
    ("The embassy dismissed as groundless reports that {}.", "Diplomats flatly rejected the suggestion that {}.",
     "The foreign ministry said there was no truth in claims that {}.", "Officials in Brussels refuted allegations that {}.",
     "The spokesperson described as fabricated the claim that {}.", "The government has categorically ruled out that {}."),
    ("Diplomatic sources suggest that {}.", "There are indications that {}, though nothing has been agreed.",
     "Western officials believe {}.", "It is not inconceivable that {}.",
     "A draft communique seen by reporters implies that {}.", "Observers speculate that {}.",
     "The envoy hinted that {}.", "Some delegates privately suspect that {}."),
    ("Negotiators have yet to settle whether {}.", "The summit will determine whether {}.",
     "Reporters pressed the minister on whether {}.", "It remains an open question whether {}."),
)
# Set 47: the wordings of environment and climate reporting (agencies, campaigners, models, polluters), written at
# the end of the round after every change, to measure; scored blind (78 / 96 / 98): "Campaigners' assertion that X
# was rejected" was support, the nouns of report lacking "assertion" in the singular; now both numbers: 98 / 96 / 98.
SET_47 = (
    ("The water company denied that {}.", "Regulators found no evidence to back the claim that {}.",
     "The agency said it was simply untrue that {}.", "Campaigners' assertion that {} was rejected by the inquiry.",
     "Independent testing disproved the allegation that {}.", "The firm insists it is false that {}."),
    ("Campaigners claim that {}.", "Climate models project that {}.", "Scientists fear that {}.",
     "It is thought that {}.", "Early readings suggest that {}, pending further tests.",
     "Locals are convinced that {}, though the agency disagrees.", "There are concerns that {}.",
     "Satellite data appear to show that {}."),
    ("The inquiry will establish whether {}.", "Residents want to know whether {}.",
     "Tests are under way to determine whether {}.", "It is not yet known whether {}."),
)
# Set 48: the wordings of court and crime reporting (defendants, prosecutors, juries, detectives), written after the
# newsdesk batches' rules; scored blind (98 / 95 / 97); it prompted nothing: what it missed are sentences that do
# not read as clauses after a verb of belief ("Investigators believe with animation, ...", "... that subscribe to").
SET_48 = (
    ("The defendant denied that {}.", "The court rejected the prosecution's claim that {}.",
     "His lawyer dismissed as baseless the allegation that {}.", "The judge found no evidence that {}.",
     "Jurors were told it was not true that {}.", "The police force has denied claims that {}."),
    ("Prosecutors allege that {}.", "The indictment alleges that {}.", "Police suspect that {}.",
     "Investigators believe {}.", "It is alleged that {}.", "The court heard claims that {}.",
     "A witness claimed that {}.", "Detectives are working on the theory that {}."),
    ("The jury must decide whether {}.", "The appeal court will consider whether {}.",
     "Detectives are trying to establish whether {}.", "The coroner will examine whether {}."),
)
# Set 49: the wordings of health and medical reporting (trials, regulators, doctors), written with set 48; scored
# blind (97 / 96 / 96); it prompted nothing.
SET_49 = (
    ("The manufacturer denied that {}.", "A review of the evidence found nothing to support the claim that {}.",
     "Health officials said reports that {} were false.", "The trial's authors rejected suggestions that {}.",
     "Doctors have dismissed the idea that {}.", "The regulator said there was no basis for the claim that {}."),
    ("Early findings indicate that {}.", "Researchers suspect that {}.",
     "The study suggests that {}, but the sample was small.", "It is possible that {}.",
     "Preliminary data hint that {}.", "Some doctors think that {}.", "The results could mean that {}.",
     "Experts have raised the possibility that {}."),
    ("A larger trial will test whether {}.", "Scientists are still unsure whether {}.",
     "Researchers plan to investigate whether {}.", "It is unclear whether {}."),
)
# Set 50: the wordings of business and economics reporting (companies, markets, regulators), written after batch
# 84's rules; scored blind (100 / 86 / 99). "Economists warn that X if rates stay high" was support 25 times in 27:
# a condition after a clause leaves the clause asserted, as it must for "migrants are offered citizenship if they
# sign contracts" (seeds); a version that conditioned a clause with a modal in it ("will close unless a buyer is
# found") kept two more probes from support, lost two questions, and was dropped.
SET_50 = (
    ("The company denied that {}.", "The bank dismissed reports that {}.",
     "A spokesman for the firm said it was untrue that {}.", "The ministry rejected suggestions that {}.",
     "Executives have flatly denied that {}.", "The regulator said claims that {} were unfounded."),
    ("Analysts expect that {}.", "Traders are betting that {}.", "Market rumours suggest that {}.",
     "The figures may indicate that {}.", "Some investors fear that {}.", "It is widely assumed that {}.",
     "Economists warn that {} if rates stay high.", "The data point to the possibility that {}."),
    ("Investors want to know whether {}.", "Analysts are asking whether {}.", "The board will decide whether {}.",
     "Shareholders questioned whether {}."),
)
SET_51 = (
    ("The fire service has denied that {}.", "Rail bosses rejected claims that {}.",
     "The operator insisted it was not the case that {}.", "Emergency officials dismissed as false reports that {}.",
     "The airport said there was no truth in reports that {}.", "Police were quick to deny that {}."),
    ("Passengers were told that {} might be possible.", "Engineers suspect that {}.",
     "It remains to be seen whether {}.", "Officials could not rule out that {}.",
     "Early indications are that {}.", "There were unconfirmed reports that {}.",
     "The coastguard said it was possible that {}.", "Residents have been told {} could happen."),
    ("Commuters are asking whether {}.", "The inquiry will examine whether {}.",
     "Councillors want to know if {}.", "Nobody has yet explained whether {}."),
)
SETS = {"1": SET_1, "2": SET_2, "3": SET_3, "4": SET_4, "5": SET_5, "6": SET_6, "7": SET_7, "8": SET_8, "9": SET_9,
        "10": SET_10, "11": SET_11, "12": SET_12, "13": SET_13, "14": SET_14, "15": SET_15, "16": SET_16,
        "17": SET_17, "18": SET_18,
        "19": SET_19, "20": SET_20, "21": SET_21, "22": SET_22, "23": SET_23, "24": SET_24, "25": SET_25,
        "26": SET_26, "27": SET_27, "28": SET_28, "29": SET_29, "30": SET_30, "31": SET_31, "32": SET_32,
        "33": SET_33, "34": SET_34, "35": SET_35, "36": SET_36, "37": SET_37, "38": SET_38,
        "39": SET_39, "40": SET_40, "41": SET_41, "42": SET_42, "43": SET_43,
        "44": SET_44, "45": SET_45, "46": SET_46, "47": SET_47, "48": SET_48, "49": SET_49,
        "50": SET_50, "51": SET_51}
SKIP, TAKE = 150, 250  # the sentences probes.py uses, and how many after them these take


def probes(wordings: tuple[tuple[str, ...], ...], sentences: list[str]) -> list[tuple[Probe, str]]:
    """Each sentence in one wording of each kind (by a hash of the sentence and the kind), with that wording."""
    out = []
    for sentence in sentences:
        body = _lower_first(sentence.rstrip("."))
        for kind, options in zip(KINDS, wordings):
            wording = options[zlib.crc32((sentence + kind).encode()) % len(options)]
            out.append((Probe(kind, sentence, wording.format(body)), wording))
    return out


def measure(wordings: tuple[tuple[str, ...], ...], sentences: list[str]) -> dict[str, tuple[int, int]]:
    """kind -> (as expected, probes); and, per wording, the same under the wording's own key."""
    made = probes(wordings, sentences)
    results = run([p for p, _ in made])
    seen: Counter[str] = Counter()
    out: dict[str, tuple[int, int]] = {}
    for probe, wording in made:
        ok = results[probe.kind][seen[probe.kind]]
        seen[probe.kind] += 1
        for key in (probe.kind, wording):
            good, total = out.get(key, (0, 0))
            out[key] = (good + ok, total + 1)
    return out


def table(each: bool = False) -> str:
    """The share as expected for each set and kind (and, with ``each``, for each wording), as a Markdown table."""
    sentences = sentences_from(default_folders(), 5000)[SKIP : SKIP + TAKE]
    lines = ["| set | " + " | ".join(KINDS) + " |", "| --- |" + " ---: |" * len(KINDS)]
    per_wording = []
    for name, wordings in SETS.items():
        got = measure(wordings, sentences)
        lines.append(f"| {name} | " + " | ".join(f"{got[k][0] / got[k][1]:.0%}" for k in KINDS) + " |")
        per_wording += [f"{good}/{total}  set {name}: {w}" for w, (good, total) in got.items() if w not in KINDS]
    return "\n".join(lines + (["", *per_wording] if each else []))


def main(argv: list[str]) -> int:
    print(table(each="--each" in argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
