"""Who said what, rule family by rule family, on French sentences not from the seeds.

Each row: text, then the expected quotes as (quoted text, type, speaker, role words, cue).
``role words``: words that the role must contain (None: no role expected).
"""
import pytest

import quotes

SHOULD_EXTRACT = {
    "direct, incise after": (
        "« Nous ne fermerons aucune école », a déclaré la ministre de l'Éducation, Anne Durand.",
        [("Nous ne fermerons aucune école", "direct", "Anne Durand", "ministre", "déclarer")]),
    "direct, inverted clitic": (
        "Le maire de Lyon, Paul Martin, a présenté le projet mardi. "
        "« Le chantier prendra deux ans », a-t-il précisé.",
        [("Le chantier prendra deux ans", "direct", "Paul Martin", "maire de Lyon", "préciser")]),
    "direct, inverted name with apposition": (
        "« La situation reste très fragile », estime Marc Dupont, économiste à l'OFCE.",
        [("La situation reste très fragile", "direct", "Marc Dupont", "économiste", "estimer")]),
    "direct, colon before": (
        "La présidente du syndicat, Claire Petit, a déclaré : « Nous irons jusqu'au bout de cette grève. »",
        [("Nous irons jusqu'au bout de cette grève.", "direct", "Claire Petit", "présidente du syndicat",
          "déclarer")]),
    "direct, straight marks, surname later": (
        "L'entraîneur Didier Lambert a défendu ses joueurs. "
        "\"Nous avons manqué de réussite ce soir\", a reconnu M. Lambert.",
        [("Nous avons manqué de réussite ce soir", "direct", "Didier Lambert", "entraîneur",
          "reconnaître")]),
    "indirect, que-clause, title before name": (
        "Le Premier ministre Jean Morel a affirmé que le budget serait présenté en octobre.",
        [("le budget serait présenté en octobre", "indirect", "Jean Morel", "Premier ministre",
          "affirmer")]),
    "indirect, infinitive": (
        "L'Union africaine a exhorté les deux pays à reprendre les négociations sans délai.",
        [("reprendre les négociations sans délai", "indirect", "Union africaine", None, "exhorter")]),
    "indirect, incise": (
        "L'architecte Hugo Leroy a présenté les plans. Les travaux commenceront en mars, a précisé M. Leroy.",
        [("Les travaux commenceront en mars", "indirect", "Hugo Leroy", "architecte", "préciser")]),
    "indirect, selon at the start": (
        "Selon le ministère de l'Intérieur, plus de deux mille policiers seront mobilisés samedi.",
        [("plus de deux mille policiers seront mobilisés samedi", "indirect",
          "ministère de l'Intérieur", None, "selon")]),
    "indirect, selon at the end": (
        "Les prix de l'énergie vont encore monter cet hiver, selon Sophie Marchand.",
        [("Les prix de l'énergie vont encore monter cet hiver", "indirect", "Sophie Marchand", None,
          "selon")]),
    "mixed, quoted fragment in a que-clause": (
        "Julien Roux a estimé que la réforme des retraites restait « indispensable et urgente » pour le pays.",
        [("la réforme des retraites restait « indispensable et urgente » pour le pays", "mixed",
          "Julien Roux", None, "estimer")]),
    "indirect, pronoun subject resolved": (
        "La sénatrice Léa Bernard a visité l'usine lundi. Elle a expliqué que le site serait modernisé.",
        [("le site serait modernisé", "indirect", "Léa Bernard", "sénatrice", "expliquer")]),
    "direct, standalone paragraph after a speaker": (
        "« Les urgences sont saturées depuis des semaines », a alerté le docteur Paul Girard, chef de service.\n\n"
        "« Nous manquons de lits, de personnel et de temps pour soigner correctement. »",
        [("Les urgences sont saturées depuis des semaines", "direct", "Paul Girard", "chef de service",
          "alerter"),
         ("Nous manquons de lits, de personnel et de temps pour soigner correctement.", "direct",
          "Paul Girard", "chef de service", None)]),
    "participle adjunct speaks with the verb before": (
        "« Le dossier est bouclé », a déclaré la juge Claire Vidal, ajoutant que le procès s'ouvrirait en mai.",
        [("Le dossier est bouclé", "direct", "Claire Vidal", "juge", "déclarer"),
         ("le procès s'ouvrirait en mai", "indirect", "Claire Vidal", "juge", "ajouter")]),
    "gerund before a colon takes the main subject": (
        "La maire Sophie Laurent a inauguré le pont mardi, en déclarant : « Ce chantier a changé le quartier. »",
        [("Ce chantier a changé le quartier.", "direct", "Sophie Laurent", "maire", "déclarer")]),
    "relative qui takes its antecedent": (
        "Les élus ont reçu le préfet Marc Olivier, qui a affirmé que les routes seraient rouvertes lundi.",
        [("les routes seraient rouvertes lundi", "indirect", "Marc Olivier", "préfet", "affirmer")]),
    "noun cue: the report is the complement of its noun": (
        "La ministre Claire Morel a fait part de ses doutes sur le calendrier de la réforme.",
        [("ses doutes sur le calendrier de la réforme", "indirect", "Claire Morel", "ministre",
          "faire part")]),
    "role apposition whose noun is also a verb": (
        "« Les comptes sont sains », a déclaré Pierre Lenoir, principal conseiller économique de la "
        "mairie, lors d'une réunion publique.",
        [("Les comptes sont sains", "direct", "Pierre Lenoir", "principal conseiller économique",
          "déclarer")]),
    "object presented 'comme' a judgment": (
        "Le gouvernement a présenté la réforme comme une nécessité pour les finances publiques.",
        [("la réforme comme une nécessité pour les finances publiques", "indirect", "gouvernement",
          None, "présenter")]),
    "ambiguous verb with 'comme' predicate": (
        "L'opposition cite la hausse des loyers comme la première inquiétude des Parisiens.",
        [("la hausse des loyers comme la première inquiétude des Parisiens", "indirect",
          "opposition", None, "citer")]),
    "accusation: the charge after 'de' is the content": (
        "Les syndicats accusent la direction de mépris envers les salariés.",
        [("mépris envers les salariés", "indirect", "syndicats", None, "accuser")]),
    "accusation with a past infinitive": (
        "L'ONG a accusé le gouvernement d'avoir menti sur les chiffres.",
        [("avoir menti sur les chiffres", "indirect", "ONG", None, "accuser")]),
    "object likened 'à' something": (
        "Le député a assimilé cette taxe à un impôt déguisé.",
        [("cette taxe à un impôt déguisé", "indirect", "député", None, "assimiler")]),
    "que-clause runs over an apposition opened by 'alors'": (
        "Le rapporteur a estimé que la loi votée sous François Hollande, alors président de la "
        "République, restait en vigueur.",
        [("la loi votée sous François Hollande, alors président de la République, restait en vigueur",
          "indirect", "rapporteur", None, "estimer")]),
    "a contrast clause closes the que-clause": (
        "Le maire a assuré que la piscine rouvrirait en juin, alors que les travaux n'ont pas commencé.",
        [("la piscine rouvrirait en juin", "indirect", "maire", None, "assurer")]),
    "noun content stops before a circumstance clause": (
        "Le syndicat a fait part de ses craintes pour l'emploi après que l'usine a fermé ses portes.",
        [("ses craintes pour l'emploi", "indirect", "syndicat", None, "faire part")]),
    "a report inside a circumstance clause has its own speaker": (
        "Le syndicat a fait part de ses craintes pour l'emploi après que la direction a annoncé "
        "que l'usine fermerait.",
        [("ses craintes pour l'emploi", "indirect", "syndicat", None, "faire part"),
         ("l'usine fermerait", "indirect", "direction", None, "annoncer")]),
    "a finite speech verb the parser hung on a noun still reports": (
        "Le député a fait part de son inquiétude concernant les menaces pesant sur les hôpitaux "
        "après que le ministère a affirmé que des pirates avaient volé les données des patients.",
        [("son inquiétude concernant les menaces pesant sur les hôpitaux", "indirect", "député", None,
          "faire part"),
         ("des pirates avaient volé les données des patients", "indirect", "ministère", None,
          "affirmer")]),
    "participle adjunct the lemmatiser misreads": (
        "Le maire a critiqué le budget, assimilant ces coupes à du sabotage.",
        [("ces coupes à du sabotage", "indirect", "maire", None, "assimiler")]),
    "participle adjunct after a que-clause speaks with the reporter": (
        "La ministre a affirmé que les patrons avaient refusé de négocier pour garder leurs marges, "
        "qualifiant cette attitude d'irresponsable.",
        [("les patrons avaient refusé de négocier pour garder leurs marges", "indirect", "ministre",
          None, "affirmer"),
         ("cette attitude d'irresponsable", "indirect", "ministre", None, "qualifier")]),
    "'selon lesquelles' after a verb that reports nothing": (
        "L'enquête fait suite à des rumeurs selon lesquelles le club aurait truqué plusieurs matchs "
        "la saison dernière.",
        [("le club aurait truqué plusieurs matchs la saison dernière", "indirect", None, None,
          "selon")]),
    "incise after a copula clause (subject misattached to the incise)": (
        "Les prix de l'énergie restent très élevés cet hiver, a précisé Jeanne Morel.",
        [("Les prix de l'énergie restent très élevés cet hiver", "indirect", "Jeanne Morel", None,
          "préciser")]),
    "noun content goes on through its complement": (
        "La syndicaliste Marie Caron a réitéré son opposition à la réforme des retraites "
        "présentée par le gouvernement.",
        [("son opposition à la réforme des retraites présentée par le gouvernement", "indirect",
          "Marie Caron", "syndicaliste", "réitérer")]),
    "noun content with 'quant à'": (
        "Le maire Paul Vidal a réitéré ses craintes quant au coût du chantier pour la commune.",
        [("ses craintes quant au coût du chantier pour la commune", "indirect", "Paul Vidal",
          "maire", "réitérer")]),
    "infinitive content goes on through a purpose clause": (
        "La ministre Léa Roux a exhorté les syndicats à « reprendre le dialogue » pour sortir "
        "de la crise lors d'une conférence de presse.",
        [("« reprendre le dialogue » pour sortir de la crise", "mixed", "Léa Roux", "ministre",
          "exhorter")]),
    "a bullet is not the subject": (
        "La réunion a duré trois heures.\n\n  • La mairie veut que les camions cessent de "
        "« bloquer » la rue.\n",
        [("les camions cessent de « bloquer » la rue", "mixed", "mairie", None, "vouloir")]),
    "a name in commas between subject and verb, then a coordinated report": (
        "Évoquant la sécheresse, la présidente de la région, Carole Delga, a visité jeudi une "
        "exploitation agricole et a affirmé que les agriculteurs seraient indemnisés avant l'été.",
        [("les agriculteurs seraient indemnisés avant l'été", "indirect", "Carole Delga",
          "présidente de la région", "affirmer")]),
    "a document speaks for the body it comes from, adjective first": (
        "Un nouveau communiqué de la préfecture indique que la route restera fermée.",
        [("la route restera fermée", "indirect", "préfecture", None, "indiquer")]),
    "a body named with de + common noun": (
        "La Cour des comptes a estimé que la dette publique devait être réduite.",
        [("la dette publique devait être réduite", "indirect", "Cour des comptes", None, "estimer")]),
    "a colon then a whole quotation is direct, the mark after the stop": (
        "Le maire a répondu : « Nous reconstruirons l'école. » Les travaux commencent lundi.",
        [("Nous reconstruirons l'école.", "direct", "maire", None, "répondre")]),
    "selon X then a whole quotation is direct": (
        "Selon Marie Curie, « la science n'a pas de patrie ».",
        [("la science n'a pas de patrie", "direct", "Marie Curie", None, "selon")]),
    "d'après X at the start, tokenized d' + après": (
        "D'après la direction, un train sur trois circulera mercredi sur les lignes TGV.",
        [("un train sur trois circulera mercredi sur les lignes TGV", "indirect", "direction",
          None, "d'après")]),
    "a speech verb the lemmatiser leaves inflected (juge)": (
        "M. Martin juge toutefois que l'impact restera limité.",
        [("l'impact restera limité", "indirect", "Martin", None, "juger")]),
    "a name in commas read as a second subject is the first one's apposition": (
        "Le PDG de la SNCF, Jean-Pierre Farandou, estime pour sa part que les salaires "
        "ont assez augmenté.",
        [("les salaires ont assez augmenté", "indirect", "Jean-Pierre Farandou",
          "PDG de la SNCF", "estimer")]),
    "a set phrase between the incise verb and its subject": (
        "« La saison sera longue », prévient de son côté Paul Girard, entraîneur du club.",
        [("La saison sera longue", "direct", "Paul Girard", "entraîneur du club", "prévenir")]),
    "a fronted participle clause is not the subject": (
        "Rassemblés devant la mairie, les parents d'élèves ont affirmé que l'école devait rester ouverte.",
        [("l'école devait rester ouverte", "indirect", "parents d'élèves", None, "affirmer")]),
    "a fronted passive participle is not a report of its own": (
        "Interrogée par la radio, la préfète a assuré que la route rouvrirait lundi.",
        [("la route rouvrirait lundi", "indirect", "préfète", None, "assurer")]),
    "pour + the pronoun of the person just quoted": (
        "« Rien n'est réglé », tranche Claire Roux, avocate des familles. Pour elle, "
        "l'enquête doit reprendre depuis le début.",
        [("Rien n'est réglé", "direct", "Claire Roux", "avocate des familles", "trancher"),
         ("l'enquête doit reprendre depuis le début", "indirect", "Claire Roux",
          "avocate des familles", "pour")]),
    "colloquial incise verbs (lâcher, s'agacer, nuancer)": (
        "« On verra bien », lâche le maire. « Encore une réunion pour rien », s'agace Paul "
        "Girard, délégué syndical. « Il faut du temps », nuance la préfète.",
        [("On verra bien", "direct", "maire", None, "lâcher"),
         ("Encore une réunion pour rien", "direct", "Paul Girard", "délégué syndical", "s'agacer"),
         ("Il faut du temps", "direct", "préfète", None, "nuancer")]),
    "a body named with de + common noun + de + place": (
        "La Fédération des entreprises du Québec a déclaré que les prix allaient monter.",
        [("les prix allaient monter", "indirect", "Fédération des entreprises du Québec", None,
          "déclarer")]),
    "a name of one word, de, one word (Banque de France, Charles de Gaulle)": (
        "« Les prix vont baisser », a assuré la Banque de France. Charles de Gaulle a déclaré "
        "que la France était libre.",
        [("Les prix vont baisser", "direct", "Banque de France", None, "assurer"),
         ("la France était libre", "indirect", "Charles de Gaulle", None, "déclarer")]),
    "a set phrase 'au contraire' before the inverted subject": (
        "« Ça ne marche pas », regrette au contraire Nadia Benali, habitante du quartier.",
        [("Ça ne marche pas", "direct", "Nadia Benali", "habitante du quartier", "regretter")]),
    "aux yeux de X, parsed as à les yeux de": (
        "Aux yeux de la ministre, le texte est prêt à être voté.",
        [("le texte est prêt à être voté", "indirect", "ministre", None, "aux yeux de")]),
    "an incise verb with its pronoun glued on by the tokenizer": (
        "Sophie Marchand a tout perdu dans l'incendie. « Il ne reste rien », confie-t-elle.",
        [("Il ne reste rien", "direct", "Sophie Marchand", None, "confier")]),
    "a colon after a clause whose subject is a person, no speech verb": (
        "Paul Girard est formel : « Le club ne sera pas vendu cette saison. »",
        [("Le club ne sera pas vendu cette saison.", "direct", "Paul Girard", None, None)]),
    "a pronoun doubling the name dislocated before it": (
        "Mme Lopez, elle, reste inquiète : « On nous promet beaucoup depuis des années. »",
        [("On nous promet beaucoup depuis des années.", "direct", "Lopez", None, None)]),
    "a colon after a clause whose subject is no person: no speaker from it": (
        "Le message est clair : « Rentrez chez vous, la fête est finie. »",
        [("Rentrez chez vous, la fête est finie.", "direct", None, None, None)]),
    "a body whose name goes on with de la + noun": (
        "L'Organisation mondiale de la santé a averti jeudi que les cas de rougeole avaient augmenté.",
        [("les cas de rougeole avaient augmenté", "indirect", "Organisation mondiale de la santé",
          None, "avertir")]),
    "an affiliation in commas inside the selon phrase": (
        "Selon Paul Roux, du CNRS, la glace fond plus vite que prévu.",
        [("la glace fond plus vite que prévu", "indirect", "Paul Roux", None, "selon")]),
    "a name closed by a comma before a verb read as a noun": (
        "Le président du Sénat, Gérard Larcher, juge que le texte est prêt.",
        [("le texte est prêt", "indirect", "Gérard Larcher", "président du Sénat", "juger")]),
    "faire savoir, the que-clause hung on savoir": (
        "Le ministre du Travail a fait savoir qu'il recevrait les syndicats vendredi.",
        [("il recevrait les syndicats vendredi", "indirect", "ministre du Travail", None,
          "faire savoir")]),
    "a party in brackets inside the role; a place in brackets after it": (
        "« Nous tiendrons », assure Lucie Marin, maire (EELV) de Tours. « Rien ne presse », "
        "répond Hugo Blanc, maire de Nice (Alpes-Maritimes).",
        [("Nous tiendrons", "direct", "Lucie Marin", "maire (EELV) de Tours", "assurer"),
         ("Rien ne presse", "direct", "Hugo Blanc", "maire de Nice", "répondre")]),
    "réagir as an incise": (
        "« C'est une décision injuste », a réagi son avocat, Me Paul Durand.",
        [("C'est une décision injuste", "direct", "Paul Durand", "avocat", "réagir")]),
    "a role in apposition inside the pour phrase": (
        "Pour Gilles Moec, chef économiste chez Axa, « une baisse des taux n'est pas exclue ».",
        [("une baisse des taux n'est pas exclue", "direct", "Gilles Moec",
          "chef économiste chez Axa", "pour")]),
    "selon + adjective + a document of a body": (
        "Selon les dernières prévisions de la BCE, la croissance devrait atteindre 0,8 % cette année.",
        [("la croissance devrait atteindre 0,8 % cette année", "indirect", "BCE", None, "selon")]),
    "a nationality noun before the name is not part of it": (
        "« Je n'étais pas assez agressif », a reconnu l'Allemand Alexander Zverev. La Française "
        "Caroline Garcia a estimé que le tournoi était mal organisé.",
        [("Je n'étais pas assez agressif", "direct", "Alexander Zverev", None, "reconnaître"),
         ("le tournoi était mal organisé", "indirect", "Caroline Garcia", None, "estimer")]),
    "a quotation as the object of a verb the parse left subjectless": (
        "Le syndicat a appelé à la grève. Sa secrétaire générale, Sophie Vénétitay, dénonce "
        "« une réforme faite dans la précipitation ».",
        [("une réforme faite dans la précipitation", "direct", "Sophie Vénétitay",
          "secrétaire générale", "dénoncer")]),
    "a noun phrase in apposition stays in the pour phrase, not a subject with an adjective": (
        "Pour le SNES-FSU, premier syndicat du secondaire, cette réforme est injuste. "
        "Selon Paul Roux, la glace, fragile, fond vite.",
        [("cette réforme est injuste", "indirect", "SNES-FSU", None, "pour"),
         ("la glace, fragile, fond vite", "indirect", "Paul Roux", None, "selon")]),
    "a feminine role in apposition: 'il' is not her": (
        "Le préfet Jean Morel a visité l'hôpital mardi. Sa directrice, Claire Martin, a "
        "annoncé la fermeture du service. Il a assuré que les patients seraient transférés.",
        [("la fermeture du service", "indirect", "Claire Martin", "directrice", "annoncer"),
         ("les patients seraient transférés", "indirect", "Jean Morel", "préfet", "assurer")]),
    "a given name tells il from elle": (
        "Claire Dubois a rencontré le maire, Antoine Perrin, lundi. "
        "Il a estimé que le projet était trop coûteux.",
        [("le projet était trop coûteux", "indirect", "Antoine Perrin", None, "estimer")]),
    "elle: the woman named as the object when no subject fits": (
        "Le président du conseil régional a reçu mercredi Nathalie Garnier. "
        "Elle a affirmé que les lycées seraient rénovés.",
        [("les lycées seraient rénovés", "indirect", "Nathalie Garnier", None, "affirmer")]),
    "elle with no woman named before: no speaker rather than a man": (
        "Le maire Jacques Bernard a reçu lundi Paul Lefèvre. "
        "Elle a affirmé que les travaux commenceraient en mai.",
        [("les travaux commenceraient en mai", "indirect", None, None, "affirmer")]),
    "a role noun tagged as a participle stays in the pour phrase": (
        "Pour Marc Olivier, délégué de l'UNSA, « la réforme arrive trop tard ».",
        [("la réforme arrive trop tard", "direct", "Marc Olivier", "délégué de l'UNSA", "pour")]),
    "'la ministre' stands for the minister named before": (
        "La ministre de la Culture, Hélène Marchand, a visité le musée mardi. "
        "« Ce lieu doit rester ouvert », a souligné la ministre.",
        [("Ce lieu doit rester ouvert", "direct", "Hélène Marchand", "ministre de la Culture",
          "souligner")]),
    "another minister is not the one named before": (
        "La ministre de la Culture, Hélène Marchand, a visité le musée mardi. "
        "Le ministre de l'Intérieur a estimé que la sécurité était assurée.",
        [("la sécurité était assurée", "indirect", "ministre de l'Intérieur", None, "estimer")]),
    "an inverted role subject with the name in apposition": (
        "« Les délais seront tenus », assure le directeur du chantier, Paul Girard.",
        [("Les délais seront tenus", "direct", "Paul Girard", "directeur du chantier", "assurer")]),
    "a role with 'chargé de' and the name in apposition": (
        "« Le budget sera tenu », promet l'adjointe chargée des finances, Claire Roux.",
        [("Le budget sera tenu", "direct", "Claire Roux", "adjointe chargée des finances",
          "promettre")]),
    "a set phrase between the auxiliary and the participle": (
        "Le syndicat a de son côté estimé que l'accord était insuffisant. "
        "La préfète a pour sa part assuré que les routes seraient dégagées.",
        [("l'accord était insuffisant", "indirect", "syndicat", None, "estimer"),
         ("les routes seraient dégagées", "indirect", "préfète", None, "assurer")]),
    "an object with its quoted predicate: the speaker's term is the quote": (
        "L'économiste Laure Simon juge la trajectoire budgétaire « irréaliste ». "
        "Le maire a jugé « scandaleuses » les coupures d'eau.",
        [("irréaliste", "direct", "Laure Simon", "économiste", "juger"),
         ("scandaleuses", "direct", "maire", None, "juger")]),
    "quoted words inside the object of any speech verb": (
        "La juge a rappelé le « caractère exceptionnel » de la procédure.",
        [("le « caractère exceptionnel » de la procédure", "mixed", "juge", None, "rappeler")]),
    "a bare infinitive after a declarative verb": (
        "Le directeur de l'usine, Marc Roussel, a affirmé mardi ne pas connaître les causes de la panne. "
        "La société a reconnu avoir commis une erreur de calcul. "
        "La ministre a dit vouloir « aller vite » sur ce dossier.",
        [("ne pas connaître les causes de la panne", "indirect", "Marc Roussel",
          "directeur de l'usine", "affirmer"),
         ("avoir commis une erreur de calcul", "indirect", "société", None, "reconnaître"),
         ("vouloir « aller vite » sur ce dossier", "mixed", "ministre", None, "dire")]),
    "a participle in the subject's apposition is no clause of its own": (
        "Le conseiller municipal élu en 2020, Paul Girard, a dénoncé une décision « absurde ».",
        [("une décision « absurde »", "mixed", "Paul Girard", "conseiller municipal", "dénoncer")]),
    "a demonstrative and a noun for a person stand for the person just named": (
        "L'infirmière Sophie Marin travaille de nuit depuis dix ans. "
        "« Nous sommes à bout de forces », confie cette mère de trois enfants.",
        [("Nous sommes à bout de forces", "direct", "Sophie Marin", None, "confier")]),
    "a participle phrase in the apposition stays in the pour phrase": (
        "Pour Lucie Bernard, habitante installée à Nantes depuis vingt ans, le quartier a « beaucoup changé ».",
        [("le quartier a « beaucoup changé »", "mixed", "Lucie Bernard", "habitante", "pour")]),
    "an adverb between a verb read as a noun and its que-clause": (
        "Sa présidente, Claire Morin, juge néanmoins que la réforme « va trop loin ».",
        [("la réforme « va trop loin »", "mixed", "Claire Morin", "présidente", "juger")]),
    "a pronominal speech verb, its être read as a passive": (
        "La rectrice, Anne Moreau, s'est félicitée de la « mobilisation exemplaire » des enseignants. "
        "Le maire de Brest, Yves Caradec, s'est inquiété du « coût exorbitant » des travaux. "
        "Le président du club s'est réjoui que le stade soit enfin rénové.",
        [("la « mobilisation exemplaire » des enseignants", "mixed", "Anne Moreau", "rectrice",
          "se féliciter"),
         ("du « coût exorbitant » des travaux", "mixed", "Yves Caradec", "maire de Brest", "s'inquiéter"),
         ("le stade soit enfin rénové", "indirect", "président du club", None, "se réjouir")]),
    "a surname with its particle": (
        "Le maire de Quimper, Jean Le Bihan, a annoncé que la piscine rouvrirait en mai. "
        "« Les travaux sont terminés », a ajouté M. Le Bihan. "
        "L'entraîneur belge Marc Van Damme a reconnu que son équipe avait « mal joué ».",
        [("la piscine rouvrirait en mai", "indirect", "Jean Le Bihan", "maire de Quimper", "annoncer"),
         ("Les travaux sont terminés", "direct", "Jean Le Bihan", "maire de Quimper", "ajouter"),
         ("son équipe avait « mal joué »", "mixed", "Marc Van Damme", "entraîneur", "reconnaître")]),
    "a short quotation as the object of a speech verb": (
        "En visite à Brest, la ministre Claire Dumas a promis « une aide rapide » aux pêcheurs.",
        [("une aide rapide", "direct", "Claire Dumas", "ministre", "promettre")]),
    "a quotation right after the object qualifies it": (
        "Les syndicats enseignants ont salué une annonce « enfin à la hauteur de la crise ».",
        [("une annonce « enfin à la hauteur de la crise »", "mixed", "syndicats enseignants", None,
          "saluer")]),
    "a relative clause in the subject is no statement before an incise": (
        "La maire de Rennes, Nathalie Appéré, qui s'est rendue mardi sur le chantier, "
        "a annoncé l'ouverture d'une enquête administrative.",
        [("l'ouverture d'une enquête administrative", "indirect", "Nathalie Appéré", "maire de Rennes",
          "annoncer")]),
    "the subject inside a relative clause after 'où'": (
        "Même inquiétude à Brest, où le directeur du port Alain Riou décrit une situation « intenable ».",
        [("une situation « intenable »", "mixed", "Alain Riou", "directeur du port", "décrire")]),
    "an inverted subject after a place of speech": (
        "« Aucun train ne circulera demain », a indiqué à l'AFP le porte-parole de la SNCF. "
        "« Le gouvernement nous ignore », a réagi sur X sa secrétaire générale, Julie Brun.",
        [("Aucun train ne circulera demain", "direct", "porte-parole de la SNCF", None, "indiquer"),
         ("Le gouvernement nous ignore", "direct", "Julie Brun", "secrétaire générale", "réagir")]),
    "a place of speech and no named subject": (
        "« Il faut agir vite », a-t-on déclaré à Paris.",
        [("Il faut agir vite", "direct", None, None, "déclarer")]),
    "a quoted object after where it was said": (
        "La CGT a dénoncé dans un communiqué « un mépris total ». "
        "Le syndicat a critiqué « l'absence de dialogue » du ministère avec les agents.",
        [("un mépris total", "direct", "CGT", None, "dénoncer"),
         ("« l'absence de dialogue » du ministère avec les agents", "mixed", "syndicat", None, "critiquer")]),
    "an incise with 'faire savoir'": (
        "« Je ne briguerai pas de nouveau mandat », a fait savoir le maire de Lille.",
        [("Je ne briguerai pas de nouveau mandat", "direct", "maire de Lille", None, "faire savoir")]),
    "a party's acronym between the title and the name": (
        "« Ce texte est mort-né », a jugé la députée RN Laure Lavalette.",
        [("Ce texte est mort-né", "direct", "Laure Lavalette", "députée RN", "juger")]),
    "a day taken for the object is when, not what": (
        "Le maire a jugé lundi « scandaleuse » la fermeture de la maternité. "
        "Le club a annoncé jeudi le départ de son entraîneur.",
        [("scandaleuse", "direct", "maire", None, "juger"),
         ("le départ de son entraîneur", "indirect", "club", None, "annoncer")]),
    "a lawyer's title 'Me' is no pronoun": (
        "« Mon client est innocent », a déclaré à la presse Me Paul Garnier.",
        [("Mon client est innocent", "direct", "Paul Garnier", None, "déclarer")]),
    "a newspaper whose name opens on an article": (
        "L'usine de Maubeuge fermera en juin, a révélé Le Parisien. "
        "Selon La Voix du Nord, trois cents emplois sont menacés.",
        [("L'usine de Maubeuge fermera en juin", "indirect", "Le Parisien", None, "révéler"),
         ("trois cents emplois sont menacés", "indirect", "Voix du Nord", None, "selon")]),
    "a title inside a reported object keeps the report indirect": (
        "Le studio a annoncé la sortie du film « La Dernière Nuit » pour décembre.",
        [("la sortie du film « La Dernière Nuit » pour décembre", "indirect", "studio", None,
          "annoncer")]),
    "a body's name going on after its adjective": (
        "D'après Santé publique France, le nombre de cas a doublé en une semaine.",
        [("le nombre de cas a doublé en une semaine", "indirect", "Santé publique France", None,
          "d'après")]),
    "a finite verb the tagger took for an adverb still makes the statement": (
        "Les syndicats réclament une hausse des salaires de 10 %, a expliqué Marie Dubois, déléguée CGT.",
        [("Les syndicats réclament une hausse des salaires de 10 %", "indirect", "Marie Dubois",
          "déléguée CGT", "expliquer")]),
    "a speech verb in the infinitive takes its governor's subject": (
        "La directrice de l'école a tenu à rappeler que les inscriptions restaient ouvertes.",
        [("les inscriptions restaient ouvertes", "indirect", "directrice de l'école", None, "rappeler")]),
    "headline convention": (
        "« Nous reconstruirons tout » : Paul Henri promet une aide rapide aux sinistrés",
        [("Nous reconstruirons tout", "direct", "Paul Henri", None, None)]),
    "colloquial incise verbs of reaction (savourer, s'insurger, se défendre)": (
        "« On a souffert jusqu'au bout », savoure le capitaine, Hugo Martin. « C'est une honte », "
        "s'insurge Léa Morel, mère d'élève. « Je n'ai rien à me reprocher », se défend l'élu.",
        [("On a souffert jusqu'au bout", "direct", "Hugo Martin", "capitaine", "savourer"),
         ("C'est une honte", "direct", "Léa Morel", "mère d'élève", "s'insurger"),
         ("Je n'ai rien à me reprocher", "direct", "élu", None, "se défendre")]),
    "an epithet stands for the person the paragraph was about": (
        "« Nous avons manqué de rigueur », a regretté Marco Silva après la défaite. L'entraîneur "
        "portugais a reconnu que son équipe avait « perdu le fil » en fin de match.",
        [("Nous avons manqué de rigueur", "direct", "Marco Silva", None, "regretter"),
         ("son équipe avait « perdu le fil » en fin de match", "mixed", "Marco Silva",
          "entraîneur portugais", "reconnaître")]),
    "an epithet after a subject named in apposition, then a pronoun": (
        "La présidente du groupe, Claire Dubois, a déposé une motion. La députée de la Somme a "
        "dénoncé « un passage en force ». Elle a ajouté que le texte serait combattu.",
        [("un passage en force", "direct", "Claire Dubois", "députée de la Somme", "dénoncer"),
         ("le texte serait combattu", "indirect", "Claire Dubois", None, "ajouter")]),
    "an office with a nationality adjective, for the person just named without a role": (
        "Olaf Scholz a reçu les syndicats mardi. Le chancelier allemand a assuré que l'usine "
        "ne fermerait pas.",
        [("l'usine ne fermerait pas", "indirect", "Olaf Scholz", "chancelier allemand",
          "assurer")]),
    "an office with a nationality adjective is someone else than a person of another office": (
        "Le négociateur Paul Roux a quitté la salle. Le ministre kényan a estimé que l'accord "
        "était insuffisant.",
        [("l'accord était insuffisant", "indirect", "ministre kényan", None, "estimer")]),
    "an epithet set against the person before (lui aussi) is someone else": (
        "« C'est une erreur », a dénoncé Paul Roux, sénateur de l'Isère. Le sénateur breton a "
        "lui aussi estimé que le texte était mal écrit.",
        [("C'est une erreur", "direct", "Paul Roux", "sénateur de l'Isère", "dénoncer"),
         ("le texte était mal écrit", "indirect", "sénateur breton", None, "estimer")]),
    "an unnamed official in a new paragraph is not the person named before": (
        "Le maire, Paul Girard, a visité le quartier.\n\nLe Premier ministre a promis que l'aide "
        "arriverait vite. « Nous serons là », a-t-il assuré.",
        [("l'aide arriverait vite", "indirect", "Premier ministre", None, "promettre"),
         ("Nous serons là", "direct", "Premier ministre", None, "assurer")]),
    "a role in apposition after the name, then the pronoun": (
        "Son voisin, Marcel Petit, un retraité de 70 ans, a tout perdu. « Il ne reste plus rien », "
        "soupire-t-il.",
        [("Il ne reste plus rien", "direct", "Marcel Petit", "retraité", "soupirer")]),
    "a quoted word between an infinitive auxiliary and its participle": (
        "Le gérant, Paul Morel, a affirmé n'avoir « jamais » vu ce client auparavant. Le suspect "
        "a reconnu avoir « bêtement » frappé son voisin.",
        [("n'avoir « jamais » vu ce client auparavant", "mixed", "Paul Morel", "gérant", "affirmer"),
         ("avoir « bêtement » frappé son voisin", "mixed", "suspect", None, "reconnaître")]),
    "a colon after a speech verb and a new (indefinite) object announces the content": (
        "Le préfet a lancé un avertissement : les baignades restent interdites jusqu'à nouvel ordre.",
        [("les baignades restent interdites jusqu'à nouvel ordre", "indirect", "préfet", None,
          "lancer")]),
    "a headline's topic before a colon is not the subject": (
        "Santé : le gouvernement annonce que les franchises médicales vont doubler.\n\n"
        "Éducation : la ministre promet que les classes seront moins chargées.",
        [("les franchises médicales vont doubler", "indirect", "gouvernement", None, "annoncer"),
         ("les classes seront moins chargées", "indirect", "ministre", None, "promettre")]),
    "a wholly quoted object goes on with the de-phrase after it": (
        "Greenpeace dénonce « l'hypocrisie » des pays producteurs de gaz. Le collectif a dénoncé "
        "« le cynisme » des industriels du tabac.",
        [("« l'hypocrisie » des pays producteurs de gaz", "mixed", "Greenpeace", None, "dénoncer"),
         ("« le cynisme » des industriels du tabac", "mixed", "collectif", None, "dénoncer")]),
    "a role noun with a prefix (haut-commissaire)": (
        "Dans un communiqué, le haut-commissaire, Paul Morin, précise que les renforts resteront "
        "sur place.",
        [("les renforts resteront sur place", "indirect", "Paul Morin", "haut-commissaire",
          "préciser")]),
    "a speech verb of several words (mettre en garde, mettre au défi)": (
        "Le syndicat a mis en garde le gouvernement contre « la tentation du passage en force ». "
        "Le maire a mis au défi l'opposition de présenter un budget.",
        [("la tentation du passage en force", "direct", "syndicat", None, "mettre en garde"),
         ("présenter un budget", "indirect", "maire", None, "mettre au défi")]),
    "the P-phrase of a warning or a plea is what was said (about:P)": (
        "L'OMS alerte sur une hausse « inquiétante » des cas de rougeole en Europe. Le président "
        "a plaidé pour une désescalade rapide au Proche-Orient.",
        [("une hausse « inquiétante » des cas de rougeole en Europe", "mixed", "OMS", None, "alerter"),
         ("une désescalade rapide au Proche-Orient", "indirect", "président", None, "plaider")]),
    "a given name tells the gender before an apposition's adjective (de Force ouvrière)": (
        "« La grève continue », prévient Frédéric Martin, de Force ouvrière. Il a demandé au "
        "ministre de revenir à la table des négociations.",
        [("La grève continue", "direct", "Frédéric Martin", "Force ouvrière", "prévenir"),
         ("revenir à la table des négociations", "indirect", "Frédéric Martin", "Force ouvrière",
          "demander")]),
    "a bare given name after where it was said, a role in apposition": (
        "« Nous sommes épuisés », confie devant la mairie Yasmina, une aide-soignante de 45 ans.",
        [("Nous sommes épuisés", "direct", "Yasmina", "aide-soignante", "confier")]),
    "a people's name for the person the paragraph before was about (le Lyonnais)": (
        "Le Français Paul Durand a battu mercredi le numéro un mondial à Paris.\n\n"
        "« Je n'y crois pas encore », a réagi le Lyonnais de 22 ans.",
        [("Je n'y crois pas encore", "direct", "Paul Durand", "Lyonnais", "réagir")]),
    "a people's name for the person the article introduced with it (l'Espagnol X)": (
        "Paul Durand affrontera l'Espagnol Carlos Ruiz en finale. « Ce sera un grand match », "
        "a prévenu l'Espagnol.",
        [("Ce sera un grand match", "direct", "Carlos Ruiz", "Espagnol", "prévenir")]),
    "a people's name after an unnamed subject stays as it is": (
        "Le tenant du titre a été éliminé. « Il a mieux joué », a reconnu le Canadien.",
        [("Il a mieux joué", "direct", "Canadien", None, "reconnaître")]),
    "the antecedent of qui is the head of 'X de Y'": (
        "Le vaccin sera disponible le 17 octobre, a annoncé mardi le ministère de la Santé, qui "
        "appelle les personnes fragiles à se faire vacciner sans attendre. La décision a été prise "
        "par le président de la Fédération française de football, qui a affirmé qu'elle était "
        "définitive.",
        [("Le vaccin sera disponible le 17 octobre", "indirect", "ministère de la Santé", None,
          "annoncer"),
         ("se faire vacciner sans attendre", "indirect", "ministère de la Santé", None, "appeler"),
         ("elle était définitive", "indirect", "président de la Fédération française de football",
          None, "affirmer")]),
    "a headline's topic before a colon, the subject read as its apposition": (
        "Gaza : Israël et le Hamas s'accusent mutuellement de violer la trêve",
        [("violer la trêve", "indirect", "Israël et Hamas", None, "accuser")]),
    "lower-case particles and glued articles inside foreign surnames": (
        "« Nous travaillons jour et nuit », a assuré le porte-parole de la diplomatie qatarie, "
        "Majed al-Ansari. La présidente de la Commission, Ursula von der Leyen, a estimé que "
        "l'accord était « équilibré ». Le prince Mohammed ben Salmane a affirmé que le royaume "
        "voulait la paix.",
        [("Nous travaillons jour et nuit", "direct", "Majed al-Ansari",
          "porte-parole de la diplomatie qatarie", "assurer"),
         ("l'accord était « équilibré »", "mixed", "Ursula von der Leyen", "présidente", "estimer"),
         ("le royaume voulait la paix", "indirect", "Mohammed ben Salmane", None, "affirmer")]),
    "a finding reported before an incise is the incise speaker's statement": (
        "L'autopsie a révélé que la victime était morte par strangulation, a ajouté le magistrat. "
        "Les analyses ont montré que l'eau était contaminée, a précisé la préfète.",
        [("L'autopsie a révélé que la victime était morte par strangulation", "indirect",
          "magistrat", None, "ajouter"),
         ("Les analyses ont montré que l'eau était contaminée", "indirect", "préfète", None,
          "préciser")]),
    "a body's name with an elided article keeps its apostrophe": (
        "La Fédération nationale de l'immobilier appelle le gouvernement à « relancer d'urgence » "
        "le prêt à taux zéro.",
        [("« relancer d'urgence » le prêt à taux zéro", "mixed",
          "Fédération nationale de l'immobilier", None, "appeler")]),
    "an incise inside the quotation names the speaker; the quotation stays one": (
        "« Le problème, explique l'architecte Hugo Leroy, c'est le coût des matériaux. » "
        "Le préfet Jean Morel a visité la digue. « Nous devons agir vite, estime-t-il, car le "
        "temps presse. »",
        [("Le problème, explique l'architecte Hugo Leroy, c'est le coût des matériaux.", "direct",
          "Hugo Leroy", "architecte", "expliquer"),
         ("Nous devons agir vite, estime-t-il, car le temps presse.", "direct", "Jean Morel",
          "préfet", "estimer")]),
    "an irregular speech verb with its pronoun glued on, tagged as a pronoun (dit-elle)": (
        "Marie Dupont est arrivée en retard. « Le prix, c'est le vrai sujet », dit-elle.",
        [("Le prix, c'est le vrai sujet", "direct", "Marie Dupont", None, "dire")]),
    "a role after a possessive belongs to the body named just before": (
        "La FNSEA juge ces annonces « insuffisantes ». Son président, Arnaud Rousseau, a prévenu "
        "que les blocages continueraient. La société OpenAI a présenté un modèle. « C'est une "
        "étape », a écrit son directeur général, Sam Altman.",
        [("insuffisantes", "direct", "FNSEA", None, "juger"),
         ("les blocages continueraient", "indirect", "Arnaud Rousseau", "président de la FNSEA",
          "prévenir"),
         ("C'est une étape", "direct", "Sam Altman", "directeur général d'OpenAI", "écrire")]),
    "', sans + infinitive' after a report is how it was said, not what": (
        "De son côté, Google a assuré travailler sur des outils similaires, sans donner de "
        "calendrier. Le ministre a affirmé que la réforme serait votée, sans en préciser la date.",
        [("travailler sur des outils similaires", "indirect", "Google", None, "assurer"),
         ("la réforme serait votée", "indirect", "ministre", None, "affirmer")]),
    # (the role is the function the article gives, not the epithet: the dev
    # set's gold keeps "secrétaire général de la FGTB" over "le syndicaliste")
    "an epicene epithet after l' takes the person whatever the tagger's gender": (
        "Le maire de Lille, Paul Martin, a présenté son budget mardi.\n\n« La ville tiendra ses "
        "engagements », a lancé l'édile socialiste.",
        [("La ville tiendra ses engagements", "direct", "Paul Martin", "maire de Lille",
          "lancer")]),
    "a party's name between the role and a given name goes to the role": (
        "La sénatrice Horizons Claire Dubois a estimé que le texte était prêt.",
        [("le texte était prêt", "indirect", "Claire Dubois", "sénatrice Horizons", "estimer")]),
    "a subject, then a role with a name in apposition: the named person speaks": (
        "Son principal adversaire, la députée Renaissance Sabrina Agresti-Roubache, a dénoncé "
        "dans un communiqué « un bilan en trompe-l'œil ».",
        [("un bilan en trompe-l'œil", "direct", "Sabrina Agresti-Roubache", "députée", "dénoncer")]),
    "a relative 'que' + verb + inverted subject, then a colon and the quotation": (
        "Le ministère assure que tout va bien. Une affirmation que conteste Mme Lefèvre : « Ces "
        "chiffres ne disent rien des remplacements non assurés. »",
        [("tout va bien", "indirect", "ministère", None, "assurer"),
         ("Ces chiffres ne disent rien des remplacements non assurés.", "direct", "Lefèvre", None,
          "contester")]),
    "'selon X' between commas inside a clause reports the whole clause": (
        "Le chômage a, selon l'Insee, reculé de 0,2 point au troisième trimestre. Les prix "
        "devraient, selon les experts, continuer à baisser l'an prochain.",
        [("Le chômage a, selon l'Insee, reculé de 0,2 point au troisième trimestre", "indirect",
          "Insee", None, "selon"),
         ("Les prix devraient, selon les experts, continuer à baisser l'an prochain", "indirect",
          "experts", None, "selon")]),
    "'selon X' between commas before a relative or a conjunction reports what precedes": (
        "Le chômage a reculé de 0,2 point, selon l'Insee, qui prévoit une stabilisation en 2025. "
        "Les prix ont baissé, selon les notaires, et les ventes ont repris.",
        [("Le chômage a reculé de 0,2 point", "indirect", "Insee", None, "selon"),
         ("Les prix ont baissé", "indirect", "notaires", None, "selon")]),
    "'selon X, role' at the end of a sentence is no parenthetical": (
        "Les urgences sont saturées. « On n'a jamais vu ça », selon le docteur Paul Henri, "
        "pédiatre à l'hôpital de Lille.",
        [("On n'a jamais vu ça", "direct", "Paul Henri", "pédiatre", "selon")]),
    "interview: answers standing alone after questions are the person introduced": (
        "Grève des soignants : entretien\n\nAncienne infirmière, Claire Dubois dirige depuis 2020 "
        "le collectif. Elle répond à nos questions.\n\nPourquoi cette grève ?\n\n« Parce que nous "
        "sommes à bout, tout simplement. »\n\nQue demandez-vous au gouvernement ?\n\n« Des moyens "
        "et des postes, pas des promesses. »",
        [("Parce que nous sommes à bout, tout simplement.", "direct", "Claire Dubois", "infirmière",
          None),
         ("Des moyens et des postes, pas des promesses.", "direct", "Claire Dubois", "infirmière",
          None)]),
    "the coach after a named player is someone else (entraîneur is no epithet)": (
        "Le joueur Paul Roux a marqué deux buts. L'entraîneur a estimé que l'équipe avait bien "
        "réagi.",
        [("l'équipe avait bien réagi", "indirect", "entraîneur", None, "estimer")]),
    "a topic without a verb before a colon is no part of what 'selon' reports": (
        "Incendie près de Rouen : pas de danger pour la population, selon la préfecture\n\n"
        "Le bilan est lourd : douze morts et trente blessés, selon les pompiers.",
        [("pas de danger pour la population", "indirect", "préfecture", None, "selon"),
         ("Le bilan est lourd : douze morts et trente blessés", "indirect", "pompiers", None,
          "selon")]),
    "an incise with the impersonal 'on' gives its source after the verb": (
        "Un incendie s'est déclaré dans la nuit dans une usine chimique, a-t-on appris auprès "
        "des pompiers. Le président recevra les syndicats lundi, indique-t-on à l'Élysée. Le "
        "suspect a été interpellé mardi à Lyon, a-t-on appris de source policière.",
        [("Un incendie s'est déclaré dans la nuit dans une usine chimique", "indirect", "pompiers",
          None, "apprendre"),
         ("Le président recevra les syndicats lundi", "indirect", "Élysée", None, "indiquer"),
         ("Le suspect a été interpellé mardi à Lyon", "indirect", "source policière", None,
          "apprendre")]),
    "a phrase fronted before the impersonal 'on' says whose voice it is": (
        "À l'Élysée, on assure que le calendrier de la réforme est maintenu. Chez Stellantis, "
        "on explique que l'usine rouvrira en mars. Du côté de Force ouvrière, on dénonce "
        "« un passage en force ». Dans l'entourage de la ministre, on indique que le texte "
        "sera retouché.",
        [("le calendrier de la réforme est maintenu", "indirect", "Élysée", None, "assurer"),
         ("l'usine rouvrira en mars", "indirect", "Stellantis", None, "expliquer"),
         ("un passage en force", "direct", "Force ouvrière", None, "dénoncer"),
         ("le texte sera retouché", "indirect", "entourage de la ministre", None, "indiquer")]),
    "a statement noun with its owner before a colon: the owner speaks": (
        "Le budget a été rejeté au Sénat. Réaction du président du groupe centriste, Hervé "
        "Marseille : « Le pays mérite mieux que ce théâtre. »\n\n"
        "La réponse de la CFDT ne s'est pas fait attendre : « Nous attendons des actes, pas des "
        "promesses. »",
        [("Le pays mérite mieux que ce théâtre.", "direct", "Hervé Marseille",
          "président du groupe centriste", "réaction"),
         ("Nous attendons des actes, pas des promesses.", "direct", "CFDT", None, "réponse")]),
    "a verb inside a relative clause before the comma is no statement: the verb after it is the main one": (
        "Un habitant, qui souhaite garder l'anonymat, raconte avoir entendu « plusieurs coups "
        "de feu » vers minuit. Un collègue, qui tient à rester discret, assure n'avoir « rien "
        "remarqué » ce jour-là.",
        [("avoir entendu « plusieurs coups de feu » vers minuit", "mixed", "habitant", None,
          "raconter"),
         ("n'avoir « rien remarqué » ce jour-là", "mixed", "collègue", None, "assurer")]),
    "a bare infinitive after raconter, confier, expliquer, préciser (vinf)": (
        "Le témoin principal confie avoir reconnu le suspect sur une photo. L'entraîneur "
        "explique vouloir faire tourner son effectif. La rectrice a précisé ne pas avoir reçu "
        "de plainte.",
        [("avoir reconnu le suspect sur une photo", "indirect", "témoin principal", None, "confier"),
         ("vouloir faire tourner son effectif", "indirect", "entraîneur", None, "expliquer"),
         ("ne pas avoir reçu de plainte", "indirect", "rectrice", None, "préciser")]),
    "a fronted participle adjunct is no cue for a quotation after the colon: the subject speaks": (
        "« Je n'ai rien à me reprocher », avait déclaré la veille le joueur, Karim Benali.\n\n"
        "Interrogée sur la polémique, la ministre des "
        "Sports, Claire Vasseur, a esquivé : « Je ne commente pas les rumeurs de vestiaire. »",
        [("Je n'ai rien à me reprocher", "direct", "Karim Benali", "joueur", "déclarer"),
         ("Je ne commente pas les rumeurs de vestiaire.", "direct", "Claire Vasseur",
          "ministre des Sports", None)]),
    "an infinitive adjunct (avant de, après avoir, pour) speaks with the main clause's subject": (
        "La directrice a présenté les résultats, avant de préciser que le plan social était "
        "« abandonné ». Après avoir rappelé que le club avait perdu 40 millions, le président a "
        "annoncé la vente du stade. Le sénateur a pris la parole pour souligner que la loi était "
        "inapplicable.",
        [("le plan social était « abandonné »", "mixed", "directrice", None, "préciser"),
         ("le club avait perdu 40 millions", "indirect", "président", None, "rappeler"),
         ("la vente du stade", "indirect", "président", None, "annoncer"),
         ("la loi était inapplicable", "indirect", "sénateur", None, "souligner")]),
    "a club's two-word name after 'du' is no person; sports positions are roles": (
        "L'entraîneur du Real Madrid a regretté que l'arbitre n'ait rien vu. Le gardien de "
        "l'Olympique Lyonnais a assuré que l'équipe restait soudée. Le défenseur Marc Lenoir a "
        "reconnu que la défaite était méritée.",
        [("l'arbitre n'ait rien vu", "indirect", "entraîneur du Real Madrid", None, "regretter"),
         ("l'équipe restait soudée", "indirect", "gardien de l'Olympique Lyonnais", None, "assurer"),
         ("la défaite était méritée", "indirect", "Marc Lenoir", "défenseur", "reconnaître")]),
    "rapporteur is a role noun": (
        "Le rapporteur du budget, Charles Lemoine, a jugé que les économies étaient « introuvables ».",
        [("les économies étaient « introuvables »", "mixed", "Charles Lemoine", "rapporteur du budget",
          "juger")]),
    "a title between the comma and a name in apposition to the subject": (
        "Son associé, Me Julien Carrel, a affirmé que le contrat avait été signé en 2019.",
        [("le contrat avait été signé en 2019", "indirect", "Julien Carrel", None, "affirmer")]),
    "'l'un des X' is one of a group, not the person named before": (
        "Me Paul Morel a plaidé pendant deux heures. À la sortie, l'une des prévenues a confié "
        "être « soulagée » par la fin des débats.",
        [("être « soulagée » par la fin des débats", "mixed", "une des prévenues", None, "confier")]),
    "a narrative infinitive (Et de, Avant de) speaks for the subject just before": (
        "Le sélectionneur a longuement défendu ses choix. Et d'ajouter : « Je ne changerai "
        "rien. »\n\n« Le titre est possible », assure la capitaine, Léa Martin. Avant de "
        "tempérer : « Il reste trois matchs difficiles. » La fédération a salué son engagement. "
        "Et de rappeler que le contrat court jusqu'en 2027.",
        [("Je ne changerai rien.", "direct", "sélectionneur", None, "ajouter"),
         ("Le titre est possible", "direct", "Léa Martin", "capitaine", "assurer"),
         ("Il reste trois matchs difficiles.", "direct", "Léa Martin", "capitaine", "tempérer"),
         ("le contrat court jusqu'en 2027", "indirect", "fédération", None, "rappeler")]),
    "an incise after a narrative infinitive's quotation names the speaker": (
        "« Le chantier avance », a dit le préfet, Marc Olive. Avant de conclure : « Rien ne "
        "sera plus comme avant », a lancé la maire, Anne Vidal.",
        [("Le chantier avance", "direct", "Marc Olive", "préfet", "dire"),
         ("Rien ne sera plus comme avant", "direct", "Anne Vidal", "maire", "lancer")]),
    "parler de + a quoted word reports that word; parler de + a topic reports nothing": (
        "Le syndicat parle d'un « hold-up » sur les retraites. Le président a parlé de la "
        "réforme pendant une heure devant les maires.",
        [("un « hold-up » sur les retraites", "mixed", "syndicat", None, "parler")]),
    "a place that stands for a power (Matignon, Bercy) is a source after 'à', a town is not": (
        "La réforme sera votée avant l'été, assure-t-on à Matignon. À Bercy, on affirme que le "
        "déficit sera tenu. Le chantier a pris du retard, a-t-on appris à Rennes.",
        [("La réforme sera votée avant l'été", "indirect", "Matignon", None, "assurer"),
         ("le déficit sera tenu", "indirect", "Bercy", None, "affirmer")]),
    "an organisation named in apposition to a common-noun subject speaks": (
        "Le principal syndicat étudiant, l'Union nationale des étudiants, affirme que la réforme "
        "est injuste.",
        [("la réforme est injuste", "indirect", "Union nationale des étudiants", None, "affirmer")]),
    "an organisation's name goes on with 'pour' + a noun and its adjectives": (
        "Le Fonds mondial pour la nature estime que les forêts reculent. La Fondation pour la "
        "recherche médicale a annoncé qu'elle financerait dix projets.",
        [("les forêts reculent", "indirect", "Fonds mondial pour la nature", None, "estimer"),
         ("elle financerait dix projets", "indirect", "Fondation pour la recherche médicale", None,
          "annoncer")]),
    "a periphrasis of an office (le chef de l'État) is the named person, if they hold that office": (
        "La chancelière Angela Merkel a reçu les syndicats. La cheffe du gouvernement a assuré "
        "que les retraites seraient garanties.\n\nLe ministre Paul Roux a visité l'usine. Le chef "
        "de l'État a promis que le site resterait ouvert.",
        [("les retraites seraient garanties", "indirect", "Angela Merkel", "cheffe du gouvernement",
          "assurer"),
         ("le site resterait ouvert", "indirect", "chef de l'État", None, "promettre")]),
    "a role noun with sortant / ancien is the named person, if they hold that office or none": (
        "Jean Morel a quitté la réunion avant la fin. L'ancien ministre a estimé que le parti "
        "était « en ruine ».\n\nLe préfet Marc Olive a visité le chantier. Le maire sortant a "
        "jugé que les travaux étaient « trop lents ».",
        [("le parti était « en ruine »", "mixed", "Jean Morel", "ancien ministre", "estimer"),
         ("les travaux étaient « trop lents »", "mixed", "maire sortant", None, "juger")]),
    "an epithet's role carries to the person's other quotes when the text gives no other": (
        "Claire Perrin a présidé le conseil municipal samedi. La maire sortante a dénoncé « les "
        "divisions » de la gauche. « Je ne lâcherai rien », a-t-elle lancé devant ses soutiens.",
        [("« les divisions » de la gauche", "mixed", "Claire Perrin", "maire sortante", "dénoncer"),
         ("Je ne lâcherai rien", "direct", "Claire Perrin", "maire sortante", "lancer")]),
    "an incise between commas splits an unquoted statement: the whole sentence is reported": (
        "La ministre a reçu les syndicats mardi. Le texte, a-t-elle assuré, sera présenté avant "
        "l'été. Le calendrier, a précisé le porte-parole du gouvernement, Paul Marin, reste "
        "inchangé.",
        [("Le texte, a-t-elle assuré, sera présenté avant l'été", "indirect", "ministre", None,
          "assurer"),
         ("Le calendrier, a précisé le porte-parole du gouvernement, Paul Marin, reste inchangé",
          "indirect", "Paul Marin", "porte-parole du gouvernement", "préciser")]),
}

SHOULD_NOT_EXTRACT = {
    "an ambiguous verb with an unquoted predicate": "Le syndicat juge la réforme injuste.",
    "an ambiguous verb with an unquoted object": "La juge a rappelé le caractère exceptionnel de la procédure.",
    "scare quotes": "Le projet, surnommé le « grand chantier », a pris du retard.",
    "pour + a demonstrative is no source": "Pour cela, la commune devra emprunter deux millions.",
    "a person as the object of an obj verb": (
        "Le tribunal a condamné mardi l'ancien maire de Nîmes à deux ans de prison avec sursis."),
    "the newspaper's own information": (
        "D'après nos informations, plusieurs députés envisagent de voter contre le texte."),
    "the newspaper's own inquiry": "Selon notre enquête, la société a fermé trois usines.",
    "a noun that is also a speech verb's form, after its determiner": (
        "Le juge que nous avons rencontré a quitté le tribunal."),
    "title of a work": "Elle a relu « Les Misérables » pendant l'été.",
    "speech verb without content": "Le ministre a dit bonjour aux élèves.",
    "ambiguous verb, no clause": "Il pense souvent à ses vacances en Bretagne.",
    "ambiguous verb, plain object": "Le ministre a présenté son budget mardi devant les députés.",
    "ambiguous verb, object, no 'comme'": "Le rapport cite trois exemples de fraude.",
    "accuser in a set phrase": "La police accuse réception de la plainte.",
    "accuser, no charge": "Le juge a accusé le coup.",
    "a declarative verb with a plain object": "Le guide a indiqué le chemin aux touristes égarés.",
    "a demonstrative noun that is no person": "Ce rapport de la Cour des comptes a été publié mardi.",
    "the title of a work after the object": (
        "Le ministre a présenté son livre « Une France forte et juste » mardi."),
    "a bare participle of a speech verb names, it does not report": (
        "Les pêcheurs travaillent dans la zone la plus au nord, dite « zone des glaces »."),
    "an infinitive speech verb under an impersonal or a causative": (
        "Il faut toutefois noter que la saison a été pluvieuse. "
        "Le devin se fait appeler « le grand prophète » depuis des années."),
    "a colon after a speech verb whose object is known: the writer's words follow": (
        "Les investisseurs ont salué la décision : le titre a bondi de 8 % à l'ouverture."),
    "plaider without a pour-phrase reports nothing": "L'avocat a plaidé pendant trois heures.",
    "an impersonal 'on' with a verb that reports nothing": "Il a plu toute la nuit, a-t-on "
        "constaté sur place. Le bâtiment a été évacué, a-t-on appris. Le feu a repris, "
        "a-t-on appris à Lyon.",
    "navigation link": "LIRE AUSSI | Le gouvernement affirme que la croissance repart",
    "an infinitive adjunct with 'sans' says nothing": (
        "Le patron a quitté la salle sans préciser si l'usine fermerait avant l'été."),
    "a town or a place fronted before 'on' names no one": (
        "À Toulouse, on estime que la ligne de métro arrive trop tard. Dans le village, on "
        "raconte que le château sera vendu. Sur le marché, on assure que les prix ont doublé."),
}


@pytest.mark.parametrize("name", list(SHOULD_EXTRACT))
def test_should_extract(nlp, name):
    text, expected = SHOULD_EXTRACT[name]
    got = quotes.extract(text, nlp=nlp)
    assert len(got) == len(expected), [(q.text, q.type, q.speaker) for q in got]
    for q, (qtext, qtype, speaker, role, cue) in zip(got, expected):
        assert text[q.start:q.end] == q.text
        assert q.text == qtext
        assert q.type == qtype
        assert q.speaker == speaker
        if role is not None:
            assert q.role is not None and role.lower() in q.role.lower(), q.role
        assert q.cue == cue


@pytest.mark.parametrize("name", list(SHOULD_EXTRACT))
def test_offsets_point_into_text(nlp, name):
    text, _ = SHOULD_EXTRACT[name]
    for q in quotes.extract(text, nlp=nlp):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("name", list(SHOULD_NOT_EXTRACT))
def test_should_not_extract(nlp, name):
    text = SHOULD_NOT_EXTRACT[name]
    assert quotes.extract(text, nlp=nlp) == []


def test_a_documents_addressee_is_not_its_speaker(nlp):
    # "un communiqué du Pentagone" speaks for the Pentagone; "une lettre aux
    # actionnaires" does not speak for the shareholders
    got = quotes.extract("Une lettre aux actionnaires précise que le dividende sera maintenu. "
                         "Un message aux usagers indique que le trafic reprendra lundi.", nlp=nlp)
    assert [q.text for q in got] == ["le dividende sera maintenu", "le trafic reprendra lundi"]
    assert [q.speaker for q in got if q.speaker in ("actionnaires", "usagers")] == []


def test_a_narrative_infinitive_has_no_mention_of_its_own(nlp):
    (q,) = quotes.extract("Le sélectionneur a défendu ses choix. Et d'ajouter : « Je ne "
                          "changerai rien du tout. »", nlp=nlp)
    assert (q.speaker, q.cue, q.speaker_mention) == ("sélectionneur", "ajouter", None)
