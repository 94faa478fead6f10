{{/*
parley.name: the chart name, or nameOverride. Used in the app.kubernetes.io/name label.
*/}}
{{- define "parley.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
parley.fullname: the base name of every resource: fullnameOverride, else the release name (plus the chart name
when the release name does not already contain it), at most 63 characters as DNS labels require.
*/}}
{{- define "parley.fullname" -}}
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

{{/*
parley.labels: labels on every resource of the release. Pass a dict with "ctx" (the root context) and
"component" (node, kurento, coturn).
*/}}
{{- define "parley.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .ctx.Chart.Name .ctx.Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "parley.selectorLabels" . }}
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
app.kubernetes.io/part-of: parley
{{- end }}

{{/*
parley.selectorLabels: the immutable labels selectors match on; same dict as parley.labels.
*/}}
{{- define "parley.selectorLabels" -}}
app.kubernetes.io/name: {{ include "parley.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
parley.serviceAccountName: the ServiceAccount the nodes run as.
*/}}
{{- define "parley.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "parley.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
parley.image: repository:tag of the node image; the tag defaults to the chart's appVersion.
*/}}
{{- define "parley.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/*
parley.secretName: the Secret holding signing-key, turn-secret, demo-password and provider keys: the operator's
existingSecret, else the one this chart creates.
*/}}
{{- define "parley.secretName" -}}
{{- default (printf "%s-secrets" (include "parley.fullname" .)) .Values.secrets.existingSecret }}
{{- end }}

{{/*
parley.databaseSecretName: the Secret holding the PostgreSQL URL: the chart's own when database.url is set, else
the operator's database.existingSecret.
*/}}
{{- define "parley.databaseSecretName" -}}
{{- if .Values.database.url }}
{{- printf "%s-database" (include "parley.fullname" .) }}
{{- else }}
{{- required "database.existingSecret or database.url is required" .Values.database.existingSecret }}
{{- end }}
{{- end }}

{{/*
parley.kurentoName: base name of the Kurento StatefulSet and its headless Service.
*/}}
{{- define "parley.kurentoName" -}}
{{- printf "%s-kurento" (include "parley.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
parley.kurentoUris: the control URI of every Kurento replica, comma-separated, through the headless Service's
per-pod DNS names (ws://<release>-kurento-0.<release>-kurento.<namespace>.svc:8888/kurento,...), so the nodes
spread calls over all of them (parley.kurento.uris).
*/}}
{{- define "parley.kurentoUris" -}}
{{- $name := include "parley.kurentoName" . }}
{{- $uris := list }}
{{- range $i := until (int .Values.kurento.replicas) }}
{{- $uris = append $uris (printf "ws://%s-%d.%s.%s.svc:8888/kurento" $name $i $name $.Release.Namespace) }}
{{- end }}
{{- join "," $uris }}
{{- end }}

{{/*
parley.generatedSecret: a random secret value that survives upgrades: the value already stored in the release's
Secret if there is one (looked up in the cluster), else a new random one. Pass a dict with "ctx", "key" and
"bytes". helm template has no cluster, so it always generates.
*/}}
{{- define "parley.generatedSecret" -}}
{{- $existing := lookup "v1" "Secret" .ctx.Release.Namespace (printf "%s-secrets" (include "parley.fullname" .ctx)) }}
{{- if and $existing (index $existing.data .key) }}
{{- index $existing.data .key | b64dec }}
{{- else }}
{{- randAscii .bytes | b64enc }}
{{- end }}
{{- end }}

{{/*
parley.terminationGracePeriod: how long Kubernetes waits before killing a stopping node: the preStop delay, the
drain period for live calls, and 10 s for the JVM to exit.
*/}}
{{- define "parley.terminationGracePeriod" -}}
{{- add .Values.drain.gracePeriodSeconds .Values.drain.preStopSeconds 10 }}
{{- end }}
