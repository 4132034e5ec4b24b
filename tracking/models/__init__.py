from tracking.models.certificates import BulkIssue, BulkIssueFile, BulkIssueStatus
from tracking.models.people import Appointment, NotificationPreference, VicePrincipal
from tracking.models.places import Region, RegionLevel, School, TrainingDepartment, division_prefix
from tracking.models.reports import (
    Evaluation,
    EvaluationStatus,
    LedgerRollup,
    Rating,
    RegionMonthRollup,
    RollupDirty,
    SchoolYearRollup,
)
from tracking.models.sessions import (
    NEVER_DELETED,
    VICE_PRINCIPAL_EDITABLE,
    EvidencePhoto,
    PhaseTiming,
    Session,
    SessionAttendance,
    SessionKind,
    SessionStatus,
)

__all__ = [
    "NEVER_DELETED",
    "VICE_PRINCIPAL_EDITABLE",
    "Appointment",
    "BulkIssue",
    "BulkIssueFile",
    "BulkIssueStatus",
    "Evaluation",
    "EvaluationStatus",
    "EvidencePhoto",
    "LedgerRollup",
    "NotificationPreference",
    "PhaseTiming",
    "Rating",
    "RegionMonthRollup",
    "RollupDirty",
    "SchoolYearRollup",
    "Region",
    "RegionLevel",
    "School",
    "Session",
    "SessionAttendance",
    "SessionKind",
    "SessionStatus",
    "TrainingDepartment",
    "VicePrincipal",
    "division_prefix",
]
