{{/*
Chart name, truncated to the 63 characters Kubernetes allows in a label value.
*/}}
{{- define "klien.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name: the release name, prefixed with the chart name unless it already contains it.
*/}}
{{- define "klien.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "klien.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Image tag: image.tag, defaulting to the chart's appVersion.
*/}}
{{- define "klien.imageTag" -}}
{{- default .Chart.AppVersion .Values.image.tag }}
{{- end }}

{{- define "klien.selectorLabels" -}}
app.kubernetes.io/name: {{ include "klien.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "klien.labels" -}}
{{ include "klien.componentLabels" (dict "ctx" . "component" "server") }}
{{- end }}

{{- define "klien.migrationLabels" -}}
{{ include "klien.componentLabels" (dict "ctx" . "component" "migration") }}
{{- end }}

{{- define "klien.componentLabels" -}}
{{- $ctx := .ctx -}}
helm.sh/chart: {{ include "klien.chart" $ctx }}
{{ include "klien.selectorLabels" $ctx }}
app.kubernetes.io/version: {{ include "klien.imageTag" $ctx | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/component: {{ .component }}
app.kubernetes.io/part-of: klien
app.kubernetes.io/managed-by: {{ $ctx.Release.Service }}
{{- end }}

{{- define "klien.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "klien.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "klien.configMapName" -}}
{{- printf "%s-config" (include "klien.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The Secret the pods read passwords from: existingSecret, or the one this chart creates.
*/}}
{{- define "klien.secretName" -}}
{{- if .Values.existingSecret }}
{{- .Values.existingSecret }}
{{- else }}
{{- printf "%s-secrets" (include "klien.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{/*
terminationGracePeriodSeconds: preStop sleep + Spring's shutdown-phase timeout + a margin, so
Kubernetes only sends SIGKILL after the application has had its full drain time.
*/}}
{{- define "klien.terminationGracePeriodSeconds" -}}
{{- add (int .Values.shutdown.preStopSeconds) (int .Values.shutdown.timeoutSeconds) (int .Values.shutdown.graceMarginSeconds) }}
{{- end }}

{{/*
Fail installs and renders that would produce pods without credentials. Skipped only by
`helm lint`, which renders with neither IsInstall nor IsUpgrade set and cannot be given values
through every tool (the chart's own values.yaml deliberately ships no passwords).
*/}}
{{- define "klien.validateValues" -}}
{{- if and (not .Values.existingSecret) (or .Release.IsInstall .Release.IsUpgrade) }}
{{- $missing := list }}
{{- if not .Values.database.appPassword }}{{ $missing = append $missing "database.appPassword" }}{{ end }}
{{- if not .Values.database.ownerPassword }}{{ $missing = append $missing "database.ownerPassword" }}{{ end }}
{{- if not .Values.keycloak.clientSecret }}{{ $missing = append $missing "keycloak.clientSecret" }}{{ end }}
{{- if not .Values.keycloak.provisioningClientSecret }}{{ $missing = append $missing "keycloak.provisioningClientSecret" }}{{ end }}
{{- if lt (len .Values.audit.checkpointKey) 32 }}{{ $missing = append $missing "audit.checkpointKey (at least 32 characters)" }}{{ end }}
{{- if lt (len .Values.contracts.keyEncryptionKey) 32 }}{{ $missing = append $missing "contracts.keyEncryptionKey (at least 32 characters)" }}{{ end }}
{{- if $missing }}
{{- fail (printf "klien: set %s, or existingSecret to a Secret holding KLIEN_DB_APP_PASSWORD, KLIEN_DB_OWNER_PASSWORD, KLIEN_OIDC_CLIENT_SECRET, KLIEN_KEYCLOAK_ADMIN_CLIENT_SECRET, KLIEN_AUDIT_CHECKPOINT_KEY and KLIEN_CONTRACTS_KEY" (join ", " $missing)) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The Secret the migration Job reads KLIEN_DB_OWNER_PASSWORD from: migration.existingSecret,
existingSecret, or the hook Secret this chart creates for the Job alone.
*/}}
{{- define "klien.migrationSecretName" -}}
{{- if .Values.migration.existingSecret }}
{{- .Values.migration.existingSecret }}
{{- else if .Values.existingSecret }}
{{- .Values.existingSecret }}
{{- else }}
{{- printf "%s-migration" (include "klien.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "klien.migrationName" -}}
{{- printf "%s-migrate" (include "klien.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The most replicas the Deployment is given: autoscaling.maxReplicas when autoscaling, else replicaCount.
*/}}
{{- define "klien.maxReplicas" -}}
{{- if .Values.autoscaling.enabled }}
{{- int .Values.autoscaling.maxReplicas }}
{{- else }}
{{- int .Values.replicaCount }}
{{- end }}
{{- end }}

{{/*
The fewest replicas that run outside disruptions: autoscaling.minReplicas when autoscaling, else replicaCount.
*/}}
{{- define "klien.minReplicas" -}}
{{- if .Values.autoscaling.enabled }}
{{- int .Values.autoscaling.minReplicas }}
{{- else }}
{{- int .Values.replicaCount }}
{{- end }}
{{- end }}

{{/*
The most database connections the release can hold at once: the replicas plus the one a rolling update surges
(maxSurge 1), each with a full pool; the migration Job's connection; the reserve for operators and monitoring.
*/}}
{{- define "klien.databaseConnectionsNeeded" -}}
{{- $db := .Values.database }}
{{- add (mul (add1 (int (include "klien.maxReplicas" .))) (int $db.poolSize)) 1 (int $db.reservedConnections) }}
{{- end }}

{{/*
Fail renders whose pods could together open more database connections than the release may use, or whose
autoscaling bounds make no sense.
*/}}
{{- define "klien.validateScaling" -}}
{{- $a := .Values.autoscaling }}
{{- if $a.enabled }}
{{- if lt (int $a.maxReplicas) (int $a.minReplicas) }}
{{- fail (printf "klien: autoscaling.maxReplicas (%d) must be at least autoscaling.minReplicas (%d)" (int $a.maxReplicas) (int $a.minReplicas)) }}
{{- end }}
{{- if not (and .Values.resources .Values.resources.requests .Values.resources.requests.cpu) }}
{{- fail "klien: autoscaling needs resources.requests.cpu (the HorizontalPodAutoscaler measures CPU utilization against it)" }}
{{- end }}
{{- end }}
{{- $db := .Values.database }}
{{- $pods := add1 (int (include "klien.maxReplicas" .)) }}
{{- $needed := int (include "klien.databaseConnectionsNeeded" .) }}
{{- if gt $needed (int $db.maxConnections) }}
{{- fail (printf "klien: up to %d pods (%s %d + 1 during a rolling update) x database.poolSize %d + 1 (migration Job) + database.reservedConnections %d = %d database connections, more than database.maxConnections %d. Lower database.poolSize or the replicas, or raise database.maxConnections (and PostgreSQL's max_connections)." $pods (ternary "autoscaling.maxReplicas" "replicaCount" $a.enabled) (sub $pods 1) (int $db.poolSize) (int $db.reservedConnections) $needed (int $db.maxConnections)) }}
{{- end }}
{{- end }}
