// The bot's web app: Linux App Service running .NET 10, signed in to everything as the user-assigned identity.
param planName string
param appName string
param location string
param tags object
param sku string
param identityId string
param identityClientId string
param identityName string
param databaseHost string
param databaseName string
param applicationInsightsName string
param programOwners string

// One key for every instance, so an export link made on one works on another. A fresh one each provisioning is fine:
// links live for minutes.
@secure()
@description('Base64 key that signs owners\' export links (Outcomes:ExportSigningKey); generated when not given.')
param exportSigningKey string = base64('${newGuid()}${newGuid()}')

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: sku }
  properties: {
    reserved: true
  }
}

// No password in the connection string: the app asks Entra for a database token as the managed identity.
var connectionString = 'Host=${databaseHost};Database=${databaseName};Username=${identityName};Ssl Mode=Require'

var owners = filter(map(split(programOwners, ','), owner => trim(owner)), owner => !empty(owner))

var settings = [
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  { name: 'AZURE_CLIENT_ID', value: identityClientId }
  { name: 'Bot__AppId', value: identityClientId }
  { name: 'Bot__TenantId', value: tenant().tenantId }
  { name: 'Bot__ManagedIdentityClientId', value: identityClientId }
  { name: 'Storage__Provider', value: 'Postgres' }
  { name: 'Storage__MigrateOnStart', value: 'true' }
  { name: 'Storage__PostgresEntraAuthentication', value: 'true' }
  { name: 'ConnectionStrings__ChampionBot', value: connectionString }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsights.properties.ConnectionString }
  // Owners' 'export' links are built on the address browsers reach the app at.
  { name: 'Outcomes__PublicBaseUrl', value: 'https://${appName}.azurewebsites.net' }
  { name: 'Outcomes__ExportSigningKey', value: exportSigningKey }
]

var ownerSettings = [for (owner, index) in owners: { name: 'ChampionProgram__Owners__${index}', value: owner }]

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  // azd finds the host of service 'bot' in azure.yaml by this tag.
  tags: union(tags, { 'azd-service-name': 'bot' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      healthCheckPath: '/health/ready'
      appSettings: concat(settings, ownerSettings)
    }
  }
}

// azd deploys with an Entra token, so publishing passwords are switched off.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: { allow: false }
}

output name string = app.name
output hostName string = app.properties.defaultHostName
