package org.aashray.residents.ui;

import org.aashray.residents.casework.LegalCaseService;
import org.aashray.residents.casework.ResidentConsentService;
import org.aashray.residents.casework.ResidentContactService;
import org.aashray.residents.casework.ResidentDocumentService;
import org.aashray.residents.casework.ResidentPhotoService;
import org.aashray.residents.children.AccompanyingChildren;
import org.aashray.residents.children.ChildProceedingsService;
import org.aashray.residents.intake.ReturningSurvivors;
import org.aashray.residents.matching.ReturnConfirmations;
import org.aashray.residents.internal.ResidentService;
import org.aashray.residents.visitors.VisitorRegister;
import org.springframework.stereotype.Component;

/** The services behind a resident's profile and its tabs, one per sub-feature, handed to the tabs as one. */
@Component
record ProfileServices(ResidentService residents, ResidentConsentService consents, ResidentPhotoService photos,
                       AccompanyingChildren children, ReturningSurvivors returning, ReturnConfirmations confirmations, ResidentDocumentService documents,
                       LegalCaseService legalCases, ChildProceedingsService childProceedings, ResidentContactService contacts,
                       VisitorRegister visitors) {
}
