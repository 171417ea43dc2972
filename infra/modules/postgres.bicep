// PostgreSQL with Microsoft Entra authentication only: no password exists, the bot's managed identity is an administrator.
param name string
param location string
param tags object
param administratorPrincipalId string
param administratorName string
param additionalAdministratorPrincipalId string
param additionalAdministratorName string
param additionalAdministratorType string
param databaseName string = 'championbot'

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    storage: { storageSizeGB: 32 }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: { mode: 'Disabled' }
    network: { publicNetworkAccess: 'Enabled' }
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenant().tenantId
    }
  }
}

// The server takes one change at a time, so the children below are chained with dependsOn.
resource botAdministrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: server
  name: administratorPrincipalId
  properties: {
    principalType: 'ServicePrincipal'
    principalName: administratorName
    tenantId: tenant().tenantId
  }
}

resource deployerAdministrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = if (!empty(additionalAdministratorPrincipalId) && !empty(additionalAdministratorName)) {
  parent: server
  name: empty(additionalAdministratorPrincipalId) ? 'none' : additionalAdministratorPrincipalId
  properties: {
    principalType: additionalAdministratorType
    principalName: additionalAdministratorName
    tenantId: tenant().tenantId
  }
  dependsOn: [botAdministrator]
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  dependsOn: [botAdministrator, deployerAdministrator]
}

// 0.0.0.0 to 0.0.0.0 is Azure's convention for "connections from Azure services", which includes App Service.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
  dependsOn: [database]
}

output host string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
