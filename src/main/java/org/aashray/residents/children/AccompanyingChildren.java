package org.aashray.residents.children;

import java.util.List;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The children who came with their mother: each is a resident of her own, admitted with her mother's id. */
@Service
public class AccompanyingChildren {

    private final ResidentRepository residents;
    private final ChildRepository children;
    private final ResidentAccess access;

    AccompanyingChildren(ResidentRepository residents, ChildRepository children, ResidentAccess access) {
        this.residents = residents;
        this.children = children;
        this.access = access;
    }

    /** Her children, youngest first. */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentSummary> of(long motherId) {
        access.require(residents.findById(motherId).orElseThrow());
        return children.findByMotherIdOrderByBirthDateDesc(motherId).stream().map(Resident::summary).toList();
    }
}
