targetScope = 'subscription'

// azd fills these from the environment (see main.parameters.json).
@minLength(1)
@maxLength(64)
@description('Name of the azd environment; used to name the resource group and to make resource names unique.')
param environmentName string

@minLength(1)
@description('Azure region for every regional resource (the Azure Bot itself is global).')
param location string

@description('Object id of the person or pipeline running azd; made an extra PostgreSQL Entra administrator when principalName is also set.')
param principalId string = ''

@description('Sign-in name (UPN) matching principalId, used as that administrator\'s PostgreSQL role name. Empty: no extra administrator.')
param principalName string = ''

@allowed(['User', 'Group', 'ServicePrincipal'])
@description('Kind of principal principalId names.')
param principalType string = 'User'

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier. Teams is a standard channel, so F0 carries Teams traffic at no cost.')
param botSku string = 'F0'

@description('App Service plan SKU (Linux). B1 or above keeps the app always on, which the scheduler needs.')
param appServiceSku string = 'B1'

@description('Entra object ids of the program owners, comma-separated.')
param programOwners string = ''

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: resourceGroup
  params: {
    name: 'id-championbot-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-championbot-${resourceToken}'
    applicationInsightsName: 'appi-championbot-${resourceToken}'
    location: location
    tags: tags
  }
}

module database 'modules/postgres.bicep' = {
  scope: resourceGroup
  params: {
    name: 'psql-championbot-${resourceToken}'
    location: location
    tags: tags
    administratorPrincipalId: identity.outputs.principalId
    administratorName: identity.outputs.name
    additionalAdministratorPrincipalId: principalId
    additionalAdministratorName: principalName
    additionalAdministratorType: principalType
  }
}

module app 'modules/appservice.bicep' = {
  scope: resourceGroup
  params: {
    planName: 'plan-championbot-${resourceToken}'
    appName: 'app-championbot-${resourceToken}'
    location: location
    tags: tags
    sku: appServiceSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    identityName: identity.outputs.name
    databaseHost: database.outputs.host
    databaseName: database.outputs.databaseName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    programOwners: programOwners
  }
}

module bot 'modules/bot.bicep' = {
  scope: resourceGroup
  params: {
    name: 'bot-championbot-${resourceToken}'
    tags: tags
    sku: botSku
    endpoint: 'https://${app.outputs.hostName}/api/messages'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output SERVICE_BOT_NAME string = app.outputs.name
output SERVICE_BOT_ENDPOINT_URL string = 'https://${app.outputs.hostName}'
output BOT_ID string = identity.outputs.clientId
output BOT_DOMAIN string = app.outputs.hostName
output BOT_ENDPOINT string = bot.outputs.endpoint
output BOT_RESOURCE_NAME string = bot.outputs.name
output BOT_IDENTITY_NAME string = identity.outputs.name
output BOT_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output POSTGRES_HOST string = database.outputs.host
output POSTGRES_DATABASE string = database.outputs.databaseName
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
