package org.equicity.translation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.equicity.translation.Translations.JobState;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SourceTextRepository extends JpaRepository<SourceText, UUID> {

    Optional<SourceText> findByKey(FieldKey key);

    @Query("select s from SourceText s where s.key.ownerType = :ownerType and s.key.ownerId in :owners")
    List<SourceText> findByOwners(@Param("ownerType") String ownerType, @Param("owners") Collection<UUID> owners);

    @Modifying
    @Query("delete from SourceText s where s.key.ownerType = :ownerType and s.key.ownerId = :owner")
    void deleteByOwner(@Param("ownerType") String ownerType, @Param("owner") UUID owner);
}

interface FieldTranslationRepository extends JpaRepository<FieldTranslation, UUID> {

    Optional<FieldTranslation> findByKeyAndLanguage(FieldKey key, String language);

    List<FieldTranslation> findByKey(FieldKey key);

    @Query("select t from FieldTranslation t where t.key.ownerType = :ownerType and t.key.ownerId in :owners"
            + " and t.language = :language")
    List<FieldTranslation> findByOwners(
            @Param("ownerType") String ownerType,
            @Param("owners") Collection<UUID> owners,
            @Param("language") String language);

    @Modifying
    @Query("delete from FieldTranslation t where t.key.ownerType = :ownerType and t.key.ownerId = :owner")
    void deleteByOwner(@Param("ownerType") String ownerType, @Param("owner") UUID owner);
}

interface TranslationJobRepository extends JpaRepository<TranslationJob, UUID> {

    List<TranslationJob> findByKeyAndTargetLanguage(FieldKey key, String targetLanguage);

    @Query("select j from TranslationJob j where j.key.ownerType = :ownerType and j.key.ownerId in :owners")
    List<TranslationJob> findByOwners(@Param("ownerType") String ownerType, @Param("owners") Collection<UUID> owners);

    /** Jobs due now, and jobs whose node stopped answering (claimed longer ago than the lease). */
    @Query("select j from TranslationJob j where (j.state = org.equicity.translation.Translations.JobState.PENDING"
            + " and j.nextAttemptAt <= :now) or (j.state = org.equicity.translation.Translations.JobState.RUNNING"
            + " and j.claimedAt < :leaseExpiredBefore) order by j.nextAttemptAt")
    List<TranslationJob> findDue(
            @Param("now") Instant now, @Param("leaseExpiredBefore") Instant leaseExpiredBefore, Limit limit);

    /** Claims a job for one node; the version guard makes a second node's claim of the same job update nothing. */
    @Modifying
    @Query("update TranslationJob j set j.state = org.equicity.translation.Translations.JobState.RUNNING,"
            + " j.claimedBy = :node, j.claimedAt = :now, j.version = j.version + 1"
            + " where j.id = :id and j.version = :version")
    int claim(
            @Param("id") UUID id,
            @Param("version") long version,
            @Param("node") String node,
            @Param("now") Instant now);

    /** Failed jobs first (states sort by name), then oldest first. */
    List<TranslationJob> findAllByOrderByStateAscCreatedAtAsc(Limit limit);

    List<TranslationJob> findByState(JobState state);

    @Modifying
    @Query("delete from TranslationJob j where j.key.ownerType = :ownerType and j.key.ownerId = :owner")
    void deleteByOwner(@Param("ownerType") String ownerType, @Param("owner") UUID owner);
}

interface EagerLanguagesRepository extends JpaRepository<EagerLanguages, UUID> {}
